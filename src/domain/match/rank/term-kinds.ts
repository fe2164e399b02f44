// How much a claim term, once found in an item, tells which claim the item repeats, by kind of term. Ranking
// only: the match decision weighs terms by idf alone. Dates and numbers recur across unrelated claims (every
// claim of a month shares its month and year), so they separate claims less than their idf says; places,
// weighed down as context for the match decision, do tell claims apart.
import type { TermGroup } from '../analyze.js';
import { stem } from '../stem.js';

/**
 * Factors on a term's BM25 relevance, chosen on CLEF-2020 train (claims as the CLI builds them, vclaim text only)
 * by coordinate search over 0 to 3, with BM25's k1 and the ranking's half-point: MAP@5 0.820 -> 0.831 train,
 * 0.762 -> 0.779 dev (dev only checked). Capitalised names first had 0.75; once a name found only in another
 * spelling got half credit (verifier.ts), 1 ranked best (0.840 -> 0.842 train, 0.791 -> 0.792 dev).
 */
const FACTOR = { year: 0.75, number: 0.5, month: 0.5, place: 1.25 };

const YEAR = /^(?:1[89]|20)\d\d$/;
const NUMBER = /^\d/;
const MONTHS: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december'.split(' ').map(stem),
);

/** Whether a claim term is a year ("2019"): a claim naming years none of which the item names ranks lower. */
export const isYear = (group: TermGroup): boolean => !group.place && YEAR.test(group.term);

/**
 * BM25 relevance a claim loses when it names years and the item names none of them: a post repeats a claim of its
 * own time, and one dated elsewhere ("in 2006") is likely another event on the same theme. Chosen on CLEF-2020
 * train over 0, 1, 2, 3, 5 and 8 (MAP@5 0.853, 0.855, 0.856, 0.855, 0.853, 0.851; dev 0.802, 0.806, 0.807, 0.807,
 * 0.805, 0.800, dev only checked).
 */
export const YEAR_MISSED_COST = 2;

export function relevanceFactor(group: TermGroup): number {
  if (group.place) return FACTOR.place;
  if (isYear(group)) return FACTOR.year;
  if (NUMBER.test(group.term)) return FACTOR.number;
  return MONTHS.has(group.term) ? FACTOR.month : 1;
}
