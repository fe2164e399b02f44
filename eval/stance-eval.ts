// Stance evaluator for `npm run eval`: runs the same judge the pipeline uses over every stance dataset split
// in ../shared/eval. FNC-1 and FNC-ARC train are scored on every 4th row to keep the whole run short.
import { createStanceJudge } from '../src/domain/stance/index.js';
import type { EvalRow } from './run.js';
import { scoreStance } from './stance-metrics.js';
import { allStanceSplits, hasEvalData } from './stance-datasets.js';

const SAMPLE_STRIDE: Record<string, number> = { 'fnc-1/train': 4, 'fnc-arc/train': 4 };

export async function evaluateStance(): Promise<EvalRow[]> {
  if (!hasEvalData()) {
    console.log('stance eval: ../shared/eval is absent; skipped.');
    return [];
  }
  const judge = createStanceJudge([]);
  return allStanceSplits().map(({ dataset, split, rows }) => {
    const stride = SAMPLE_STRIDE[`${dataset}/${split}`] ?? 1;
    const sample = rows.filter((_, i) => i % stride === 0);
    const started = Date.now();
    const predicted = sample.map((r) => judge.judge(r).stance);
    const scores = scoreStance(sample.map((r) => r.gold), predicted);
    const ms = (Date.now() - started) / Math.max(1, sample.length);
    return { dataset: `stance ${dataset}`, split: stride > 1 ? `${split} (1/${stride})` : split, metrics: { ...scores, msPerRow: ms } };
  });
}
