// The seam between the pipeline and the judgement engine: the match worker builds an Engine from the current
// claims, actors and sources, and asks it to judge each item. Everything behind this interface is pure.
import type { Actor, Claim, Item, Judgement, Source } from '../model.js';

export interface EngineInput {
  claims: readonly Claim[];
  actors: readonly Actor[];
  sources: readonly Source[];
}

/** The text the engine reads: a feed item, or a CLI line. */
export type JudgeableText = Pick<Item, 'id' | 'title' | 'summary'> & { language?: string | undefined; sourceId?: string };

export interface ClaimError {
  claimId: string;
  message: string;
}

export interface JudgementResult extends Judgement {
  /** How many claims the presearcher let through to verification (Lucene Monitor's queriesRun). */
  candidatesChecked: number;
  errors: ClaimError[];
}

export interface Engine {
  judge(text: JudgeableText): JudgementResult;
}

export type CreateEngine = (input: EngineInput) => Engine;
