// The seam between the pipeline and the judgement engine: the match worker builds an Engine from the current
// claims, actors and sources, and asks it to judge each item. Everything behind this interface is pure.
import type { Actor, Claim, Item, Judgement, Source } from '../model.js';

export interface EngineInput {
  claims: readonly Claim[];
  actors: readonly Actor[];
  sources: readonly Source[];
  /** How many verified candidates `ranked` keeps, best first (default 10). */
  rankLimit?: number;
  /**
   * Claims with less than this share of their weight in an item are not ranked (default: the match threshold,
   * 0.5). Lower it to rank near misses too, as the CLI does, at the cost of more candidates per item.
   */
  rankFloor?: number;
}

/** The text the engine reads: a feed item, or a CLI line. */
export type JudgeableText = Pick<Item, 'id' | 'title' | 'summary'> & { language?: string | undefined; sourceId?: string };

export interface ClaimError {
  claimId: string;
  message: string;
}

/** A verified candidate claim, matched or not: the ranking the CLI's `match` command prints. */
export interface RankedClaim {
  claimId: string;
  /** Share of the claim's idf weight found in the item, 0..1. */
  score: number;
  /** The decision a live alert uses; exactly the claims in `claims`. */
  matched: boolean;
}

export interface JudgementResult extends Judgement {
  /** How many claims the presearcher let through to verification (Lucene Monitor's queriesRun). */
  candidatesChecked: number;
  errors: ClaimError[];
  ranked: RankedClaim[];
}

export interface Engine {
  judge(text: JudgeableText): JudgementResult;
}

export type CreateEngine = (input: EngineInput) => Engine;
