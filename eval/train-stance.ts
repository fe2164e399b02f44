// Fits the stance classifier (src/domain/stance/classifier.ts) on the TRAIN splits of ../shared/eval and
// writes src/domain/stance/weights.json. Run: npx tsx eval/train-stance.ts
// Multinomial logistic regression, full-batch Adam with L2. Each dataset gets the same total weight, and within
// a dataset classes are re-weighted by frequency^-0.75 so rare denials are not drowned out. FNC-1 and FNC-ARC
// train keep every related row but only a quarter of their unrelated rows (fixed stride), to keep this quick.
import { writeFileSync } from 'node:fs';
import { STANCES } from '../src/domain/model.js';
import { toInputs, type StanceWeights } from '../src/domain/stance/classifier.js';
import { FEATURE_NAMES } from '../src/domain/stance/features.js';
import { prepare } from '../src/domain/stance/prepare.js';
import { allStanceSplits, hasEvalData, type StanceRow } from './stance-datasets.js';

const EPOCHS = 400;
const L2 = 3e-4;
const RATE = 0.05;
const UNRELATED_STRIDE = 4;
const CLASS_BALANCE = 0.6;
/** Hashed slots for the headline words a claim lacks; 0 turns them off. */
const BUCKETS = 1024;
const SAMPLED = new Set(['fnc-1', 'fnc-arc']);

interface Example {
  /** Indices and values of the non-zero inputs (most language/kind copies are zero). */
  at: Int32Array;
  x: Float64Array;
  y: number;
  weight: number;
}

function examplesOf(dataset: string, rows: StanceRow[]): Example[] {
  const kept = SAMPLED.has(dataset) ? rows.filter((r, i) => r.gold !== 'unrelated' || i % UNRELATED_STRIDE === 0) : rows;
  const counts = new Map<string, number>();
  for (const r of kept) counts.set(r.gold, (counts.get(r.gold) ?? 0) + 1);
  const raw = kept.map((r) => (counts.get(r.gold) ?? 1) ** -CLASS_BALANCE);
  const total = raw.reduce((a, b) => a + b, 0);
  return kept.map((r, i) => {
    const inputs = prepare(r.claim, r.title, r.body, r.language, BUCKETS).inputs;
    const at = Int32Array.from(inputs.keys()).filter((j) => inputs[j] !== 0);
    return { at, x: Float64Array.from(at, (j) => inputs[j]!), y: STANCES.indexOf(r.gold), weight: raw[i]! / total };
  });
}

function train(examples: Example[]): number[][] {
  const width = toInputs(FEATURE_NAMES, {}, { language: undefined, kind: 'body' }, [], BUCKETS).length;
  const k = STANCES.length;
  const size = k * width;
  const w = new Float64Array(size);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const grad = new Float64Array(size);
  const scores = new Float64Array(k);
  const totalWeight = examples.reduce((a, e) => a + e.weight, 0);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    grad.fill(0);
    let loss = 0;
    for (const e of examples) {
      let max = -Infinity;
      for (let c = 0; c < k; c++) {
        let sum = 0;
        for (let n = 0; n < e.at.length; n++) sum += w[c * width + e.at[n]!]! * e.x[n]!;
        scores[c] = sum;
        if (sum > max) max = sum;
      }
      let z = 0;
      for (let c = 0; c < k; c++) z += (scores[c] = Math.exp(scores[c]! - max));
      loss -= e.weight * Math.log(Math.max(scores[e.y]! / z, 1e-12));
      for (let c = 0; c < k; c++) {
        const g = (e.weight * (scores[c]! / z - (c === e.y ? 1 : 0))) / totalWeight;
        for (let n = 0; n < e.at.length; n++) grad[c * width + e.at[n]!]! += g * e.x[n]!;
      }
    }
    for (let i = 0; i < size; i++) {
      const g = grad[i]! + (i % width === 0 ? 0 : L2 * w[i]!);
      m[i] = 0.9 * m[i]! + 0.1 * g;
      v[i] = 0.999 * v[i]! + 0.001 * g * g;
      w[i]! -= (RATE * (m[i]! / (1 - 0.9 ** epoch))) / (Math.sqrt(v[i]! / (1 - 0.999 ** epoch)) + 1e-8);
    }
    if (epoch % 100 === 0) console.log(`epoch ${epoch} loss ${(loss / totalWeight).toFixed(4)}`);
  }
  return Array.from({ length: k }, (_, c) => [...w.subarray(c * width, (c + 1) * width)].map((x) => Math.round(x * 1e4) / 1e4));
}

if (!hasEvalData()) {
  console.log('train-stance: ../shared/eval is absent; nothing to train on.');
} else {
  const started = Date.now();
  const examples = allStanceSplits()
    .filter((s) => s.split === 'train')
    .flatMap((s) => examplesOf(s.dataset, s.rows));
  console.log(`train-stance: ${examples.length} examples featurised in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const model: StanceWeights = { features: [...FEATURE_NAMES], buckets: BUCKETS, classes: [...STANCES], weights: train(examples) };
  const out = new URL('../src/domain/stance/weights.json', import.meta.url);
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  console.log(`train-stance: wrote ${out.pathname} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
