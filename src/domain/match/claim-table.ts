// The compiled claims laid out flat for the per-item hot path: every claim term interned to a number, each
// query's groups and their alternatives in typed arrays, and the item's terms stamped into a presence array.
// At 100,000 claims the object graph of queries and term strings is spread over hundreds of megabytes; walking
// it per candidate costs a cache miss per group, while these arrays are compact and read in order.
import type { ClaimQuery } from './claim-query.js';

export interface ClaimTable {
  queries: readonly ClaimQuery[];
  /** The id of each term some claim uses. */
  termIds: ReadonlyMap<string, number>;
  /** Starts a new item: no term is present. */
  beginItem(): void;
  /** Marks term `id` present in the current item. */
  mark(id: number): void;
  isPresent(id: number): boolean;
  /**
   * Whether query `position` has some of its weight, and at least `floor` of it, present in the current item
   * (verify's coverage, veto aside). Most candidates fall short, so the pass stops once the weight missing rules
   * the floor out.
   */
  reaches(position: number, floor: number): boolean;
}

export function createClaimTable(queries: readonly ClaimQuery[]): ClaimTable {
  const termIds = new Map<string, number>();
  const idOf = (term: string) => {
    let id = termIds.get(term);
    if (id === undefined) termIds.set(term, (id = termIds.size));
    return id;
  };
  const groupCount = queries.reduce((s, q) => s + q.groups.length, 0);
  const firstGroup = new Uint32Array(queries.length + 1);
  const weights = new Float64Array(groupCount);
  const firstAlternative = new Uint32Array(groupCount + 1);
  const alternatives: number[] = [];
  const totals = new Float64Array(queries.length);
  let group = 0;
  queries.forEach((q, position) => {
    firstGroup[position] = group;
    totals[position] = q.totalWeight;
    for (const g of q.groups) {
      weights[group] = g.weight;
      firstAlternative[group] = alternatives.length;
      for (const a of g.alternatives) alternatives.push(idOf(a));
      group++;
    }
  });
  // Excluded phrases are looked up by term too, though they add no weight.
  for (const q of queries) for (const entry of q.excluded) for (const g of entry) g.alternatives.forEach(idOf);
  firstGroup[queries.length] = group;
  firstAlternative[group] = alternatives.length;
  const alternativeIds = Uint32Array.from(alternatives);
  // One byte per term marks "present in the current item" (150 KB at 100,000 claims, so coverage passes stay in
  // cache); the terms marked are unmarked when the next item begins.
  const present = new Uint8Array(termIds.size);
  const marked: number[] = [];

  return {
    queries,
    termIds,
    beginItem() {
      for (const id of marked) present[id] = 0;
      marked.length = 0;
    },
    mark(id) {
      if (present[id] === 1) return;
      present[id] = 1;
      marked.push(id);
    },
    isPresent(id) {
      return present[id] === 1;
    },
    reaches(position, floor) {
      const total = totals[position] as number;
      // A small margin keeps rounding from ruling out a query that reaches the floor exactly.
      const spare = (1 - floor) * total * (1 + 1e-9);
      let covered = 0;
      let missing = 0;
      for (let g = firstGroup[position] as number, end = firstGroup[position + 1] as number; g < end; g++) {
        let found = false;
        for (let a = firstAlternative[g] as number, last = firstAlternative[g + 1] as number; a < last; a++) {
          if (present[alternativeIds[a] as number] === 1) {
            found = true;
            break;
          }
        }
        if (found) covered += weights[g] as number;
        else if ((missing += weights[g] as number) > spare) return false;
      }
      return covered > 0 && covered / total >= floor;
    },
  };
}
