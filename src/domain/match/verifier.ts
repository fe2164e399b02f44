// Scores one stored query against one item's terms: the idf-weighted share of the claim found in the item,
// and the decision a live alert uses (Lucene Monitor's CandidateMatcher role).
import type { ClaimQuery, WeightedGroup } from './claim-query.js';
import type { TermGroup } from './analyze.js';
import { YEAR_MISSED_COST } from './rank/term-kinds.js';

export interface Verdict {
  claimId: string;
  /** Share of the claim's weight present in the item, 0..1: what `matched` is decided on. */
  coverage: number;
  /**
   * Ranking score, 0..1: the weighted Dice overlap of claim and item, so among claims an item touches, the one
   * that also explains most of the item ranks first (a short post restating one claim of many similar ones).
   */
  score: number;
  /** BM25 of the claim (as a document) for the item's terms: unbounded, one of the ranking's two signals. */
  relevance: number;
  matched: boolean;
  /** Primary terms of the claim found in the item. */
  terms: string[];
}

/** Share of a claim's weight that must be present for a match. */
export const MATCH_THRESHOLD = 0.5;
/** Beyond places, this many substantive terms must be present (or all of them, when the claim has fewer). */
const MIN_SUBSTANTIVE = 2;

/** Whether an item holds a term: a term set, or the engine's item reader. */
export interface TermLookup {
  has(term: string): boolean;
}

/** How an item holds a group: its primary term as written, only another alternative (a name key), or not at all. */
export const AS_WRITTEN = 2;
export const IN_ANOTHER_SPELLING = 1;
export const ABSENT = 0;

/** What verification asks of an item for one query: each group's presence by index, and terms for the excluded. */
export interface Holding {
  groups: ArrayLike<number>;
  terms: TermLookup;
}

function presence(g: TermGroup, terms: TermLookup): number {
  if (terms.has(g.term)) return AS_WRITTEN;
  for (const a of g.alternatives) if (a !== g.term && terms.has(a)) return IN_ANOTHER_SPELLING;
  return ABSENT;
}

/** A query's holding read off a term lookup, term by term (the engine reads it off its claim table instead). */
export const holdingOf = (query: ClaimQuery, terms: TermLookup): Holding => ({ groups: query.groups.map((g) => presence(g, terms)), terms });

/**
 * Weight of BM25 against the weighted Dice overlap, and the BM25 that maps to one half (scores stay in 0..1).
 * Mix chosen on CLEF-2020 train over 0, 0.5, 0.8 and 1 (MAP@5 0.793, 0.811, 0.812, 0.811; dev 0.751 to 0.784);
 * the half-point over 3 to 20 with the term-kind factors (rank/term-kinds.ts).
 */
const RANK_MIX = 0.8;
const RANK_HALF = 5;

/** The ranking score: Dice overlap blended with BM25 squashed into 0..1. */
export function rankScore(dice: number, relevance: number): number {
  return (1 - RANK_MIX) * dice + (RANK_MIX * relevance) / (relevance + RANK_HALF);
}

/**
 * Ranking credit of a claim term found only in another spelling (its phonetic key, "Suleimani" for "Soleimani"):
 * a key is also shared by unrelated words, so such a find is weaker evidence. It still counts in full for the match
 * decision. Chosen on CLEF-2020 train over 0, 0.5 and 1 (MAP@5 0.841, 0.840, 0.835; dev 0.792, 0.791, 0.785):
 * 0.5 keeps cross-script finds worth something.
 */
const SPELLING_CREDIT = 0.5;

/** `itemWeight` is the summed weight of the item's own distinct words (see item-reader.ts). */
export function verify(query: ClaimQuery, holding: Holding, itemWeight: number): Verdict {
  let covered = 0;
  let relevance = 0;
  let substantive = 0;
  let substantiveFound = 0;
  let requiredMissing = false;
  let yearsNamed = false;
  let yearFound = false;
  const found: string[] = [];
  for (let i = 0; i < query.groups.length; i++) {
    const g = query.groups[i] as WeightedGroup;
    if (!g.place) substantive++;
    const held = holding.groups[i];
    yearsNamed ||= g.year;
    if (held !== ABSENT) {
      yearFound ||= g.year;
      covered += g.weight;
      relevance += held === AS_WRITTEN ? g.relevance : SPELLING_CREDIT * g.relevance;
      found.push(g.term);
      if (!g.place) substantiveFound++;
    } else if (g.required) {
      requiredMissing = true;
    }
  }
  const coverage = covered / query.totalWeight;
  const vetoed = query.excluded.some((entry) => entry.every((g) => presence(g, holding.terms) !== ABSENT));
  const matched =
    !requiredMissing && !vetoed && coverage >= MATCH_THRESHOLD && substantiveFound >= Math.min(MIN_SUBSTANTIVE, substantive);
  if (vetoed) return { claimId: query.id, coverage: 0, score: 0, relevance: 0, matched: false, terms: found };
  if (yearsNamed && !yearFound) relevance = Math.max(0, relevance - YEAR_MISSED_COST);
  const dice = (2 * covered) / (query.totalWeight + Math.max(itemWeight, covered));
  return { claimId: query.id, coverage, score: rankScore(dice, relevance), relevance, matched, terms: found };
}
