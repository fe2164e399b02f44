// A multinomial logistic regression over the stance features. Each feature has a shared weight plus one copy
// per language (en/fa/ar) and per text kind (headline/body), so the same cue may weigh differently in a
// Persian headline and an English article while rarer groups still fall back on the shared weight.
import { STANCES, type Stance } from '../model.js';

export const LANGUAGES = ['en', 'fa', 'ar'] as const;
export const TEXT_KINDS = ['headline', 'body'] as const;
export type Language = (typeof LANGUAGES)[number];
export type TextKind = (typeof TEXT_KINDS)[number];

export interface StanceWeights {
  features: string[];
  /** Hash buckets for the headline's own words (0: none), appended after the grouped features. */
  buckets: number;
  classes: Stance[];
  /** weights[class][input], inputs as laid out by `toInputs`. */
  weights: number[][];
}

export interface Context {
  language: Language | undefined;
  kind: TextKind;
}

function bucketOf(word: string, buckets: number): number {
  let h = 2166136261;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  return (h >>> 0) % buckets;
}

/**
 * Bias and features, then (indicator + features) for each language and each text kind, then one hashed slot
 * per word in `words` (shared across groups, so the file stays small).
 */
export function toInputs(
  names: readonly string[],
  values: Record<string, number>,
  ctx: Context,
  words: readonly string[] = [],
  buckets = 0,
): Float64Array {
  const width = names.length + 1;
  const groups = [...LANGUAGES.map((l) => l === ctx.language), ...TEXT_KINDS.map((k) => k === ctx.kind)];
  const grouped = width * (1 + groups.length);
  const inputs = new Float64Array(grouped + buckets);
  if (buckets > 0) for (const w of words) inputs[grouped + bucketOf(w, buckets)] = 1;
  groups.forEach((on, g) => {
    if (!on) return;
    inputs[width * (g + 1)] = 1;
  });
  names.forEach((name, i) => {
    const v = values[name] ?? 0;
    inputs[i + 1] = v;
    groups.forEach((on, g) => {
      if (on) inputs[width * (g + 1) + i + 1] = v;
    });
  });
  inputs[0] = 1;
  return inputs;
}

export function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

export function classify(model: StanceWeights, inputs: Float64Array): { stance: Stance; probabilities: number[] } {
  const scores = model.weights.map((w) => w.reduce((sum, wi, i) => sum + wi * (inputs[i] ?? 0), 0));
  const probabilities = softmax(scores);
  const top = probabilities.indexOf(Math.max(...probabilities));
  return { stance: model.classes[top] ?? STANCES[2], probabilities };
}
