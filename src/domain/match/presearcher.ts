// Lucene-Monitor-style presearch: each stored query is indexed under a few selective term groups, and an
// item's terms look up the queries that could possibly reach the candidate floor. Per-item cost follows the
// item's terms and the queries they select, not the number of stored queries.
import type { ClaimQuery } from './claim-query.js';
import type { ClaimTable } from './claim-table.js';
import { MATCH_THRESHOLD } from './verifier.js';

export interface Presearcher {
  /** Positions (in the table) of the queries an item with these term ids could match; all for NO_FILTERING. */
  candidates(termIds: readonly number[]): readonly number[];
  /** Coverage below which a query may have been left out: candidates under it are not ranked either. */
  floor: number;
}

export type PresearcherFactory = (table: ClaimTable) => Presearcher;

/** Verifies every query: the correctness oracle the term presearcher is tested against. */
export const NO_FILTERING: PresearcherFactory = (table) => {
  const all = table.queries.map((_, position) => position);
  return { candidates: () => all, floor: 0 };
};

/** The groups a query is indexed under, and how many of them any item reaching the floor must hold. */
export interface IndexPlan {
  groups: ClaimQuery['groups'];
  hits: number;
}

/** Postings carry the group's slot in a 32-bit mask; a query indexed under more groups is planned for one hit. */
const MAX_COUNTED_GROUPS = 31;
const MAX_HITS = 4;
/** Rough cost of verifying a candidate, in posting visits: weighs traffic against candidates between plans. */
const VERIFY_COST = 40;
/** Items hold far more words than claims: a term in 1% of claims is in roughly this many times more items. */
const ITEM_PRESENCE_FACTOR = 15;

type Group = ClaimQuery['groups'][number];

/** Chance that at least `hits` of the groups are in an item, each independently with its estimated presence. */
function chanceOfHits(groups: readonly Group[], hits: number): number {
  // dist[h] = chance of exactly h hits so far (h capped at `hits`).
  let dist = [1, ...new Array<number>(hits).fill(0)];
  for (const g of groups) {
    const p = Math.min(1, ITEM_PRESENCE_FACTOR * g.share);
    const next = new Array<number>(hits + 1).fill(0);
    dist.forEach((q, h) => {
      next[h] = (next[h] as number) + q * (1 - p);
      next[Math.min(hits, h + 1)] = (next[Math.min(hits, h + 1)] as number) + q * p;
    });
    dist = next;
  }
  return dist[hits] as number;
}

/**
 * Which groups to index and how many an item must hit, so that no item reaching `floor` is missed. Groups go
 * in rarest first; the commonest stay out of the index while they cannot carry the item to the floor: an item
 * holding fewer than `hits` indexed groups has at most the unindexed weight plus the `hits - 1` heaviest
 * indexed groups, which must stay under floor × total. Among the plans for 1 to 4 hits, the one with the
 * least estimated work (posting visits plus verified candidates) wins. With required groups, every match holds
 * them all: the two rarest are indexed, both to be hit.
 */
export function planIndex(query: ClaimQuery, floor: number): IndexPlan {
  const required = query.groups.filter((g) => g.required).sort((a, b) => b.weight - a.weight);
  if (required.length > 0) return { groups: required.slice(0, 2), hits: Math.min(2, required.length) };
  const rarestFirst = [...query.groups].sort((a, b) => b.weight - a.weight || a.share - b.share);
  // The margin keeps rounding from dropping a group whose absence leaves exactly the floor.
  const limit = floor * query.totalWeight * (1 - 1e-9);
  let best: IndexPlan = { groups: rarestFirst, hits: 1 };
  let bestCost = Infinity;
  for (let hits = 1; hits <= MAX_HITS; hits++) {
    let indexed = 0;
    let heaviest = 0;
    let plan: IndexPlan | undefined;
    for (let m = 1; m <= rarestFirst.length; m++) {
      indexed += (rarestFirst[m - 1] as Group).weight;
      if (m < hits) heaviest = indexed;
      if (m >= hits && query.totalWeight - indexed + heaviest < limit) {
        plan = { groups: rarestFirst.slice(0, m), hits };
        break;
      }
    }
    if (!plan || (hits > 1 && plan.groups.length > MAX_COUNTED_GROUPS)) continue;
    const visits = plan.groups.reduce((s, g) => s + g.alternatives.length * Math.min(1, ITEM_PRESENCE_FACTOR * g.share), 0);
    const cost = visits + VERIFY_COST * chanceOfHits(plan.groups, hits);
    if (cost < bestCost) {
      best = plan;
      bestCost = cost;
    }
  }
  return best;
}

/**
 * Indexes each query so that every item it could score `floor` on finds it. At the match threshold it is exact
 * for live decisions; a lower floor also ranks near misses, for more candidates per item. A posting is the
 * query's position, the group's slot and the group's weight: an item's postings add up, per query, the weight
 * of the indexed groups it holds (a bit per slot keeps two alternatives of one group from counting twice), and
 * only queries whose held weight plus all their unindexed weight can reach the floor are verified.
 */
export const termPresearcher = (floor: number): PresearcherFactory => ({ queries, termIds }) => {
  const building = new Map<number, { postings: number[]; weights: number[] }>();
  // Per query: the indexed weight an item must hold (floor minus every unindexed group, with a rounding margin).
  const needed = new Float64Array(queries.length);
  queries.forEach((q, position) => {
    const plan = planIndex(q, floor);
    const indexed = plan.groups.reduce((s, g) => s + g.weight, 0);
    const reach = floor * q.totalWeight * (1 - 1e-6) - (q.totalWeight - indexed);
    // Required groups are all in every match, so the indexed ones are all needed (as they always were).
    needed[position] = plan.groups[0]?.required ? Math.max(reach, indexed * (1 - 1e-6)) : reach;
    plan.groups.forEach((g, slot) => {
      for (const term of g.alternatives) {
        const id = termIds.get(term) as number;
        const list = building.get(id) ?? { postings: [], weights: [] };
        building.set(id, list);
        // Slot 31 is shared by any further groups, so it is never deduplicated: counting twice only overestimates.
        list.postings.push(position * 32 + Math.min(slot, MAX_COUNTED_GROUPS));
        list.weights.push(g.weight);
      }
    });
  });
  const postings = new Array<Uint32Array | undefined>(termIds.size).fill(undefined);
  const postingWeights = new Array<Float64Array | undefined>(termIds.size).fill(undefined);
  for (const [id, list] of building) {
    postings[id] = Uint32Array.from(list.postings);
    postingWeights[id] = Float64Array.from(list.weights);
  }
  // Per query, side by side so a posting visit touches one cache line: a stamp marking "touched by this item"
  // (no clearing per item), the mask of slots held and the weight they add up to.
  const state = new Float64Array(queries.length * 3);
  const touched: number[] = [];
  let generation = 0;
  return {
    floor,
    candidates(ids) {
      generation = (generation + 1) >>> 0 || 1;
      if (generation === 1) state.fill(0);
      touched.length = 0;
      for (const id of ids) {
        const list = postings[id];
        const weights = postingWeights[id];
        if (!list || !weights) continue;
        for (let i = 0; i < list.length; i++) {
          const posting = list[i] as number;
          const at = (posting >>> 5) * 3;
          const slot = posting & 31;
          const bit = slot === MAX_COUNTED_GROUPS ? 0 : 1 << slot;
          if (state[at] !== generation) {
            state[at] = generation;
            state[at + 1] = bit;
            state[at + 2] = weights[i] as number;
            touched.push(at);
          } else if (((state[at + 1] as number) & bit) === 0) {
            state[at + 1] = (state[at + 1] as number) | bit;
            state[at + 2] = (state[at + 2] as number) + (weights[i] as number);
          }
        }
      }
      const found: number[] = [];
      for (const at of touched) {
        const position = at / 3;
        if ((state[at + 2] as number) >= (needed[position] as number)) found.push(position);
      }
      return found;
    },
  };
};

export const TERM_PRESEARCHER = termPresearcher(MATCH_THRESHOLD);
