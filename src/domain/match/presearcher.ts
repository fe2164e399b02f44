// Lucene-Monitor-style presearch: each stored query is indexed under a few selective term groups, and an
// item's terms look up the queries that could possibly reach the candidate floor. Per-item cost follows the
// item's terms and the queries they select, not the number of stored queries.
import type { ClaimQuery } from './claim-query.js';
import { MATCH_THRESHOLD } from './verifier.js';

export interface Presearcher {
  /** The queries an item with these terms could match; all of them for NO_FILTERING. */
  candidates(terms: ReadonlySet<string>): readonly ClaimQuery[];
}

export type PresearcherFactory = (queries: readonly ClaimQuery[]) => Presearcher;

/** Verifies every query: the correctness oracle the term presearcher is tested against. */
export const NO_FILTERING: PresearcherFactory = (queries) => ({ candidates: () => queries });

/**
 * The groups an item must hit for the query to reach `floor`. With required groups, the rarest one suffices
 * (every match holds it). Otherwise the heaviest groups are taken until the rest weigh less than floor × total:
 * an item missing all of them scores below the floor.
 */
export function selectIndexGroups(query: ClaimQuery, floor: number): ClaimQuery['groups'] {
  const required = query.groups.filter((g) => g.required);
  if (required.length > 0) return [required.reduce((a, b) => (b.weight > a.weight ? b : a))];
  const byWeight = [...query.groups].sort((a, b) => b.weight - a.weight);
  const chosen: ClaimQuery['groups'] = [];
  let rest = query.totalWeight;
  // The margin keeps rounding from dropping a group whose absence leaves exactly the floor.
  const limit = floor * query.totalWeight * (1 - 1e-9);
  for (const g of byWeight) {
    if (rest < limit) break;
    chosen.push(g);
    rest -= g.weight;
  }
  return chosen;
}

/**
 * Indexes each query so that every item it could score `floor` on finds it. At the match threshold it is exact
 * for live decisions; a lower floor also ranks near misses, for more candidates per item.
 */
export const termPresearcher = (floor: number): PresearcherFactory => (queries) => {
  const index = new Map<string, number[]>();
  queries.forEach((q, position) => {
    for (const g of selectIndexGroups(q, floor)) {
      for (const term of g.alternatives) {
        const list = index.get(term);
        if (!list) index.set(term, [position]);
        else if (list[list.length - 1] !== position) list.push(position);
      }
    }
  });
  // A stamp per query marks "already a candidate for this item" without clearing an array per item.
  const stamps = new Uint32Array(queries.length);
  let generation = 0;
  return {
    candidates(terms) {
      generation = (generation + 1) >>> 0 || 1;
      if (generation === 1) stamps.fill(0);
      const found: ClaimQuery[] = [];
      for (const term of terms) {
        const list = index.get(term);
        if (!list) continue;
        for (const position of list) {
          if (stamps[position] === generation) continue;
          stamps[position] = generation;
          const query = queries[position];
          if (query) found.push(query);
        }
      }
      return found;
    },
  };
};

export const TERM_PRESEARCHER = termPresearcher(MATCH_THRESHOLD);
