// Scores one stored query against one item's terms: the idf-weighted share of the claim found in the item,
// and the decision a live alert uses (Lucene Monitor's CandidateMatcher role).
import type { ClaimQuery } from './claim-query.js';
import type { TermGroup } from './analyze.js';

export interface Verdict {
  claimId: string;
  /** Share of the claim's weight present in the item, 0..1. */
  score: number;
  matched: boolean;
  /** Primary terms of the claim found in the item. */
  terms: string[];
}

/** Share of a claim's weight that must be present for a match (and its floor for ranking candidates). */
export const MATCH_THRESHOLD = 0.5;
export const CANDIDATE_FLOOR = 0.2;
/** Beyond places, this many substantive terms must be present (or all of them, when the claim has fewer). */
const MIN_SUBSTANTIVE = 2;

const present = (g: TermGroup, terms: ReadonlySet<string>) => g.alternatives.some((a) => terms.has(a));

export function verify(query: ClaimQuery, terms: ReadonlySet<string>): Verdict {
  let covered = 0;
  let substantive = 0;
  let substantiveFound = 0;
  let requiredMissing = false;
  const found: string[] = [];
  for (const g of query.groups) {
    if (!g.place) substantive++;
    if (present(g, terms)) {
      covered += g.weight;
      found.push(g.term);
      if (!g.place) substantiveFound++;
    } else if (g.required) {
      requiredMissing = true;
    }
  }
  const score = query.totalWeight > 0 ? covered / query.totalWeight : 0;
  const vetoed = query.excluded.some((entry) => entry.every((g) => present(g, terms)));
  const matched =
    !requiredMissing && !vetoed && score >= MATCH_THRESHOLD && substantiveFound >= Math.min(MIN_SUBSTANTIVE, substantive);
  return { claimId: query.id, score: vetoed ? 0 : score, matched, terms: found };
}
