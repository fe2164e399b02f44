// The compiled claims laid out flat for the per-item hot path: every claim term interned to a number, each
// query's groups and their alternatives in typed arrays, and the item's terms stamped into a presence array.
// At 100,000 claims the object graph of queries and term strings is spread over hundreds of megabytes; walking
// it per candidate costs a cache miss per group, while these arrays are compact and read in order.
import type { ClaimQuery } from './claim-query.js';
import { ABSENT, AS_WRITTEN, IN_ANOTHER_SPELLING } from './verifier.js';

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
  /** How the current item holds each group of query `position` (AS_WRITTEN and so on); valid until the next call. */
  holding(position: number): Uint8Array;
}

export function createClaimTable(queries: readonly ClaimQuery[]): ClaimTable {
  const termIds = new Map<string, number>();
  const idOf = (term: string) => {
    let id = termIds.get(term);
    if (id === undefined) termIds.set(term, (id = termIds.size));
    return id;
  };
  // One record per claim, laid end to end so a candidate check reads one stretch of memory (at 100,000 claims,
  // an array per field costs a cache and a TLB miss each per candidate). In float64 slots: the total weight, the
  // group count (as an int32), each group's weight; then in the int32 halves of the following slots, per group
  // its number of alternatives and their term ids.
  const recordStart = new Uint32Array(queries.length);
  let slots = 0;
  queries.forEach((q, position) => {
    recordStart[position] = slots;
    slots += 2 + q.groups.length + Math.ceil(q.groups.reduce((s, g) => s + 1 + g.alternatives.length, 0) / 2);
  });
  const buffer = new ArrayBuffer(slots * 8);
  const reals = new Float64Array(buffer);
  const ints = new Int32Array(buffer);
  queries.forEach((q, position) => {
    const base = recordStart[position] as number;
    reals[base] = q.totalWeight;
    ints[2 * (base + 1)] = q.groups.length;
    let at = 2 * (base + 2 + q.groups.length);
    q.groups.forEach((g, i) => {
      reals[base + 2 + i] = g.weight;
      ints[at++] = g.alternatives.length;
      for (const a of g.alternatives) ints[at++] = idOf(a);
    });
  });
  // Excluded phrases are looked up by term too, though they add no weight.
  for (const q of queries) for (const entry of q.excluded) for (const g of entry) g.alternatives.forEach(idOf);
  // One byte per term marks "present in the current item" (150 KB at 100,000 claims, so coverage passes stay in
  // cache); the terms marked are unmarked when the next item begins.
  const present = new Uint8Array(termIds.size);
  const marked: number[] = [];
  const holding = new Uint8Array(queries.reduce((most, q) => Math.max(most, q.groups.length), 0));

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
      const base = recordStart[position] as number;
      const total = reals[base] as number;
      const groups = ints[2 * (base + 1)] as number;
      // A small margin keeps rounding from ruling out a query that reaches the floor exactly.
      const spare = (1 - floor) * total * (1 + 1e-9);
      let covered = 0;
      let missing = 0;
      for (let g = 0, at = 2 * (base + 2 + groups); g < groups; g++) {
        const end = at + 1 + (ints[at] as number);
        let found = false;
        for (at++; at < end && !found; at++) found = present[ints[at] as number] === 1;
        at = end;
        const weight = reals[base + 2 + g] as number;
        if (found) covered += weight;
        else if ((missing += weight) > spare) return false;
      }
      return covered > 0 && covered / total >= floor;
    },
    holding(position) {
      const base = recordStart[position] as number;
      const groups = ints[2 * (base + 1)] as number;
      for (let g = 0, at = 2 * (base + 2 + groups); g < groups; g++) {
        const end = at + 1 + (ints[at] as number);
        // The group's primary term is its first alternative.
        let held = present[ints[++at] as number] === 1 ? AS_WRITTEN : ABSENT;
        for (at++; at < end && held === ABSENT; at++) if (present[ints[at] as number] === 1) held = IN_ANOTHER_SPELLING;
        holding[g] = held;
        at = end;
      }
      return holding.subarray(0, groups);
    },
  };
}
