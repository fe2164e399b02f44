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
  classes: Stance[];
  /** weights[class][input], inputs as laid out by `toInputs`. */
  weights: number[][];
}

export interface Context {
  language: Language | undefined;
  kind: TextKind;
}

/** Bias and features, then (indicator + features) for each language and each text kind. */
export function toInputs(names: readonly string[], values: Record<string, number>, ctx: Context): Float64Array {
  const width = names.length + 1;
  const groups = [...LANGUAGES.map((l) => l === ctx.language), ...TEXT_KINDS.map((k) => k === ctx.kind)];
  const inputs = new Float64Array(width * (1 + groups.length));
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
