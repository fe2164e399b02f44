// Scores one stored query against one item's terms: the idf-weighted share of the claim found in the item,
// and the decision a live alert uses (Lucene Monitor's CandidateMatcher role).
import type { ClaimQuery } from './claim-query.js';
import type { TermGroup } from './analyze.js';

export interface Verdict {
  claimId: string;
  /** Share of the claim's weight present in the item, 0..1: what `matched` is decided on. */
  coverage: number;
  /**
   * Ranking score, 0..1: the weighted Dice overlap of claim and item, so among claims an item touches, the one
   * that also explains most of the item ranks first (a short post restating one claim of many similar ones).
   */
  score: number;
  matched: boolean;
  /** Primary terms of the claim found in the item. */
  terms: string[];
}

/** Share of a claim's weight that must be present for a match. */
export const MATCH_THRESHOLD = 0.5;
/** Beyond places, this many substantive terms must be present (or all of them, when the claim has fewer). */
const MIN_SUBSTANTIVE = 2;

function present(g: TermGroup, terms: ReadonlySet<string>): boolean {
  for (const a of g.alternatives) if (terms.has(a)) return true;
  return false;
}

/** `itemWeight` is the summed weight of the item's own terms (see weighItem). */
export function verify(query: ClaimQuery, terms: ReadonlySet<string>, itemWeight: number): Verdict {
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
  const coverage = covered / query.totalWeight;
  const vetoed = query.excluded.some((entry) => entry.every((g) => present(g, terms)));
  const matched =
    !requiredMissing && !vetoed && coverage >= MATCH_THRESHOLD && substantiveFound >= Math.min(MIN_SUBSTANTIVE, substantive);
  if (vetoed) return { claimId: query.id, coverage: 0, score: 0, matched: false, terms: found };
  const score = (2 * covered) / (query.totalWeight + Math.max(itemWeight, covered));
  return { claimId: query.id, coverage, score, matched, terms: found };
}

/** The summed weight of an item's own terms (stems and concepts; name keys and actors only echo them). */
export function weighItem(terms: ReadonlySet<string>, weightOf: (term: string) => number): number {
  let total = 0;
  for (const t of terms) if (!t.startsWith('~') && !t.startsWith('@@')) total += weightOf(t);
  return total;
}
