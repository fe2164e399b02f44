// `npm run eval`: every evaluator over ../shared/eval, one table per dataset. Evaluators return rows and skip
// themselves (with a message) when their data is absent. Add an evaluator by importing it into the list.
import { evaluateClef } from './match-clef.js';
import { evaluateCrossLanguage } from './match-xlang.js';
import { evaluateStance } from './stance-eval.js';

export interface EvalRow {
  dataset: string;
  split: string;
  metrics: Record<string, number | string>;
}

const evaluators: Array<() => Promise<EvalRow[]>> = [evaluateClef, evaluateCrossLanguage, evaluateStance];

const format = (v: number | string) => (typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(3) : String(v));

function printTables(rows: readonly EvalRow[]): void {
  const datasets = [...new Set(rows.map((r) => r.dataset))];
  for (const dataset of datasets) {
    const own = rows.filter((r) => r.dataset === dataset);
    const columns = [...new Set(own.flatMap((r) => Object.keys(r.metrics)))];
    console.log(`\n## ${dataset}\n`);
    console.log(`| split | ${columns.join(' | ')} |`);
    console.log(`|---|${columns.map(() => '---').join('|')}|`);
    for (const r of own) console.log(`| ${r.split} | ${columns.map((c) => format(r.metrics[c] ?? '')).join(' | ')} |`);
  }
}

const rows: EvalRow[] = [];
for (const evaluate of evaluators) rows.push(...(await evaluate()));
printTables(rows);
