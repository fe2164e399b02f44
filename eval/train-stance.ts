// Fits the stance classifier (src/domain/stance/classifier.ts) on the TRAIN splits of ../shared/eval and
// writes src/domain/stance/weights.json. Run: npx tsx eval/train-stance.ts
// Each dataset gets the same total weight (stance-trainer.ts). FNC-1 and FNC-ARC train keep every related row
// but only a quarter of their unrelated rows (fixed stride), to keep this quick.
import { writeFileSync } from 'node:fs';
import { STANCES } from '../src/domain/model.js';
import type { StanceWeights } from '../src/domain/stance/classifier.js';
import { FEATURE_NAMES } from '../src/domain/stance/features.js';
import { allStanceSplits, hasEvalData } from './stance-datasets.js';
import { datasetExamples, fit, FIT } from './stance-trainer.js';

if (!hasEvalData()) {
  console.log('train-stance: ../shared/eval is absent; nothing to train on.');
} else {
  const started = Date.now();
  const examples = allStanceSplits()
    .filter((s) => s.split === 'train')
    .flatMap((s) => datasetExamples(s.dataset, s.rows));
  console.log(`train-stance: ${examples.length} examples featurised in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const model: StanceWeights = { features: [...FEATURE_NAMES], buckets: FIT.buckets, classes: [...STANCES], weights: fit(examples, FIT, console.log) };
  const out = new URL('../src/domain/stance/weights.json', import.meta.url);
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  console.log(`train-stance: wrote ${out.pathname} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
