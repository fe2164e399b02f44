// Placeholder judge until the stance model lands: every matched item only "reports" the claim.
import type { Actor, Stance } from '../model.js';

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

export function createStanceJudge(_actors: readonly Actor[]): StanceJudge {
  return { judge: () => ({ stance: 'reports', confidence: 0.5 }) };
}
