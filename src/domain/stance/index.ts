// The stance judge: where an item stands towards a claim (asserts / denies / reports / unrelated), with the
// sentence that carries it and who speaks. Features (features.ts) feed a small logistic regression whose
// weights eval/train-stance.ts fits on public stance datasets; see docs in that script for the data.
import type { Actor, Stance } from '../model.js';
import { classify, toInputs, type StanceWeights } from './classifier.js';
import { FEATURE_NAMES } from './features.js';
import { prepare } from './prepare.js';
import { actorNames, findSpeaker } from './speaker.js';
import trained from './weights.json' with { type: 'json' };

export interface StanceInput {
  claim: string;
  title: string;
  body: string;
  language?: string | undefined;
}

export interface StanceResult {
  stance: Stance;
  confidence: number;
  /** Who asserts or denies ("White House"), when the text names them. */
  speaker?: string;
  /** The sentence carrying the stance. */
  evidence?: string;
}

export interface StanceJudge {
  judge(input: StanceInput): StanceResult;
}

const asText = (v: unknown) => (typeof v === 'string' ? v : '');

/** A lone text up to this long reads as a headline (title); a longer one as an article body. */
const HEADLINE_CHARS = 300;

/**
 * Where a lone text (the CLI's `text`, a dataset's single column) goes: a headline or a body. Training, the
 * evaluation and the CLI all route through this, so the weights are fitted on the inputs the CLI will give.
 */
export function asItem(text: string): { title: string; body: string } {
  return text.length <= HEADLINE_CHARS ? { title: text, body: '' } : { title: '', body: text };
}

export function createStanceJudge(actors: readonly Actor[], weights: StanceWeights = trained as StanceWeights): StanceJudge {
  // Weights fitted on another feature layout would silently mis-score: refuse them (retrain: eval/train-stance.ts).
  const width = toInputs(FEATURE_NAMES, {}, { language: undefined, kind: 'body' }, [], weights.buckets).length;
  if (weights.features.join() !== FEATURE_NAMES.join() || weights.weights.some((w) => w.length !== width)) {
    throw new Error('stance weights do not match the features; retrain');
  }
  const names = actorNames(actors);
  return {
    judge(input) {
      const claim = asText(input.claim);
      const title = asText(input.title);
      const body = asText(input.body);
      if (!/[\p{L}\p{N}]/u.test(claim) || !/[\p{L}\p{N}]/u.test(title + body)) return { stance: 'unrelated', confidence: 1 };
      const { inputs, features } = prepare(claim, title, body, input.language, weights.buckets);
      const { stance, probabilities } = classify(weights, inputs);
      const confidence = Math.round(Math.max(...probabilities) * 1000) / 1000;
      if (stance === 'unrelated') return { stance, confidence };
      const key = features.sentences[features.keySentence];
      const ordered = [key, ...features.sentences.filter((s) => s !== key && (s.isTitle || s.overlap >= 0.3))];
      const speaker = findSpeaker(ordered.flatMap((s) => (s ? [s.text] : [])), names);
      return { stance, confidence, ...(speaker ? { speaker } : {}), ...(key ? { evidence: key.text } : {}) };
    },
  };
}
