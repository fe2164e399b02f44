// Fitting the stance classifier (src/domain/stance/classifier.ts): featurising dataset rows and a multinomial
// logistic regression trained with full-batch Adam and L2. Used by eval/train-stance.ts.
import { STANCES } from '../src/domain/model.js';
import { LANGUAGES, TEXT_KINDS, toInputs } from '../src/domain/stance/classifier.js';
import { FEATURE_NAMES } from '../src/domain/stance/features.js';
import { prepare } from '../src/domain/stance/prepare.js';
import type { StanceRow } from './stance-datasets.js';

export interface Example {
  /** Indices and values of the non-zero inputs (most language/kind copies are zero). */
  at: Int32Array;
  x: Float64Array;
  y: number;
  weight: number;
}

export interface FitOptions {
  epochs: number;
  rate: number;
  /** L2 on the grouped cue features. */
  l2: number;
  /** L2 on the hashed headline-word slots: they fit single datasets' vocabularies, so they are held back harder. */
  l2Hashed: number;
  buckets: number;
  /** Added to the denies score of article bodies after fitting (see `shiftDenies`). */
  deniesBodyShift: number;
}

export interface SampleOptions {
  /** Within a dataset, classes are re-weighted by frequency^-classBalance so rare denials are not drowned out. */
  classBalance: number;
  /** Extra weight on denials on top of the balance: the class the product exists to catch. */
  deniesBoost: number;
  /** In the datasets with tens of thousands of unrelated rows, keep every related row but 1 in `unrelatedStride` unrelated. */
  unrelatedStride: number;
  /** A dataset's total weight relative to the others' 1 (datasets not named weigh 1). */
  datasetWeights: Record<string, number>;
}

/**
 * The settings eval/train-stance.ts fits weights.json with (and eval/stance-cv.ts cross-validates).
 * deniesBodyShift stays 0: -0.15 (the best of 0 to -1 in grouped CV) raised FNC-1 CV denies P 0.316 -> 0.359 and
 * F1 0.370 -> 0.376, but on dev it gained no precision (0.299 -> 0.302) and lost recall (F1 0.333 -> 0.311).
 */
export const FIT: FitOptions = { epochs: 400, rate: 0.05, l2: 1e-3, l2Hashed: 3e-3, buckets: 1024, deniesBodyShift: 0 };
/**
 * Every dataset weighs the same. FNC-ARC (debate comments, not news) at 0.3 raised Emergent CV accuracy 0.762 ->
 * 0.767 but cost English headlines their sense of "unrelated" (a headline sharing no word with the claim read as
 * asserting, which the judge's unit tests catch), so it stays at 1.
 */
export const SAMPLING: SampleOptions = { classBalance: 0.6, deniesBoost: 1, unrelatedStride: 4, datasetWeights: {} };
/** Datasets whose unrelated rows are thinned (they have tens of thousands). */
const SAMPLED = new Set(['fnc-1', 'fnc-arc']);

/** The examples of one dataset's training rows under the shared sampling. */
export const datasetExamples = (dataset: string, rows: readonly StanceRow[], buckets = FIT.buckets, sampling = SAMPLING) =>
  weigh(dataset, featurise(rows, buckets), sampling);

/** One row's classifier inputs (its non-zero entries) and gold class, before any sampling weight. */
export interface Featurised {
  at: Int32Array;
  x: Float64Array;
  y: number;
  /** The row's index in its whole split: the unrelated-row stride counts on it, so any subset keeps the same rows. */
  index: number;
}

export function featurise(rows: readonly StanceRow[], buckets: number): Featurised[] {
  return rows.map((r, index) => {
    const inputs = prepare(r.claim, r.title, r.body, r.language, buckets).inputs;
    const at = Int32Array.from(inputs.keys()).filter((j) => inputs[j] !== 0);
    return { at, x: Float64Array.from(at, (j) => inputs[j]!), y: STANCES.indexOf(r.gold), index };
  });
}

/** One dataset's featurised rows as weighted examples, the dataset's total weight as `datasetWeights` says. */
export function weigh(dataset: string, rows: readonly Featurised[], opts: SampleOptions): Example[] {
  const stride = SAMPLED.has(dataset) ? opts.unrelatedStride : 1;
  const unrelated = STANCES.indexOf('unrelated');
  const kept = rows.filter((r) => r.y !== unrelated || r.index % stride === 0);
  const counts = new Map<number, number>();
  for (const r of kept) counts.set(r.y, (counts.get(r.y) ?? 0) + 1);
  const denies = STANCES.indexOf('denies');
  const raw = kept.map((r) => (counts.get(r.y) ?? 1) ** -opts.classBalance * (r.y === denies ? opts.deniesBoost : 1));
  const total = raw.reduce((a, b) => a + b, 0) / (opts.datasetWeights[dataset] ?? 1);
  return kept.map((r, i) => ({ at: r.at, x: r.x, y: r.y, weight: raw[i]! / total }));
}

export const inputWidth = (buckets: number) =>
  toInputs(FEATURE_NAMES, {}, { language: undefined, kind: 'body' }, [], buckets).length;

/** Class scores of one example under weights laid out [class][input]. */
export function scoresOf(weights: readonly (ArrayLike<number>)[], e: Example): number[] {
  return weights.map((w) => {
    let sum = 0;
    for (let n = 0; n < e.at.length; n++) sum += w[e.at[n]!]! * e.x[n]!;
    return sum;
  });
}

/** The input that is 1 exactly for an article body: its text-kind indicator (layout in classifier.ts toInputs). */
const bodyIndicator = () => (FEATURE_NAMES.length + 1) * (1 + LANGUAGES.length + TEXT_KINDS.indexOf('body'));

/**
 * Weights whose denies score for article bodies is moved by `shift`: class balancing lifts rare denials evenly,
 * and a long article can tip on one debunking sentence about a side story, so bodies may want their own prior.
 */
export function shiftDenies(weights: readonly number[][], shift: number): number[][] {
  const denies = STANCES.indexOf('denies');
  const at = bodyIndicator();
  return weights.map((w, c) => (c === denies ? w.map((x, i) => (i === at ? Math.round((x + shift) * 1e4) / 1e4 : x)) : [...w]));
}

export function fit(examples: readonly Example[], opts: FitOptions, log: (line: string) => void = () => {}): number[][] {
  const width = inputWidth(opts.buckets);
  const hashedFrom = width - opts.buckets;
  const k = STANCES.length;
  const size = k * width;
  const w = new Float64Array(size);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const grad = new Float64Array(size);
  const scores = new Float64Array(k);
  const totalWeight = examples.reduce((a, e) => a + e.weight, 0);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
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
      const col = i % width;
      const l2 = col === 0 ? 0 : col >= hashedFrom ? opts.l2Hashed : opts.l2;
      const g = grad[i]! + l2 * w[i]!;
      m[i] = 0.9 * m[i]! + 0.1 * g;
      v[i] = 0.999 * v[i]! + 0.001 * g * g;
      w[i]! -= (opts.rate * (m[i]! / (1 - 0.9 ** epoch))) / (Math.sqrt(v[i]! / (1 - 0.999 ** epoch)) + 1e-8);
    }
    if (epoch % 100 === 0) log(`epoch ${epoch} loss ${(loss / totalWeight).toFixed(4)}`);
  }
  const fitted = Array.from({ length: k }, (_, c) => [...w.subarray(c * width, (c + 1) * width)].map((x) => Math.round(x * 1e4) / 1e4));
  return opts.deniesBodyShift === 0 ? fitted : shiftDenies(fitted, opts.deniesBodyShift);
}
