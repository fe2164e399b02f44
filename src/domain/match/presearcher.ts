// Lucene-Monitor-style presearch: each stored query is indexed under a few selective term groups, and an
// item's terms look up the queries that could possibly reach the candidate floor. Per-item cost follows the
// item's terms and the queries they select, not the number of stored queries.
import type { ClaimQuery } from './claim-query.js';
import { MATCH_THRESHOLD } from './verifier.js';

export interface Presearcher {
  /** The queries an item with these terms could match; all of them for NO_FILTERING. */
  candidates(terms: ReadonlySet<string>): readonly ClaimQuery[];
  /** Coverage below which a query may have been left out: candidates under it are not ranked either. */
  floor: number;
}

export type PresearcherFactory = (queries: readonly ClaimQuery[]) => Presearcher;

/** Verifies every query: the correctness oracle the term presearcher is tested against. */
export const NO_FILTERING: PresearcherFactory = (queries) => ({ candidates: () => queries, floor: 0 });

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
    if (cost < bestCost) (best = plan), (bestCost = cost);
  }
  return best;
}

const bitCount = (mask: number) => {
  let m = mask - ((mask >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return (Math.imul((m + (m >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
};

/**
 * Indexes each query so that every item it could score `floor` on finds it. At the match threshold it is exact
 * for live decisions; a lower floor also ranks near misses, for more candidates per item. A posting is the
 * query's position and the group's slot: an item's postings set bits in a per-query mask (all alternatives of
 * one group set the same bit), and only queries with enough distinct groups hit are verified.
 */
export const termPresearcher = (floor: number): PresearcherFactory => (queries) => {
  const building = new Map<string, number[]>();
  const needed = new Uint8Array(queries.length);
  queries.forEach((q, position) => {
    const plan = planIndex(q, floor);
    needed[position] = plan.hits;
    plan.groups.forEach((g, slot) => {
      for (const term of g.alternatives) {
        const posting = position * 32 + Math.min(slot, MAX_COUNTED_GROUPS);
        const list = building.get(term);
        if (!list) building.set(term, [posting]);
        else if (list[list.length - 1] !== posting) list.push(posting);
      }
    });
  });
  const index = new Map<string, Uint32Array>();
  for (const [term, list] of building) index.set(term, Uint32Array.from(list));
  // A stamp per query marks "already touched by this item" without clearing the masks per item.
  const stamps = new Uint32Array(queries.length);
  const masks = new Uint32Array(queries.length);
  const touched: number[] = [];
  let generation = 0;
  return {
    floor,
    candidates(terms) {
      generation = (generation + 1) >>> 0 || 1;
      if (generation === 1) stamps.fill(0);
      touched.length = 0;
      for (const term of terms) {
        const list = index.get(term);
        if (!list) continue;
        for (let i = 0; i < list.length; i++) {
          const posting = list[i] as number;
          const position = posting >>> 5;
          const bit = 1 << (posting & 31);
          if (stamps[position] === generation) masks[position] = (masks[position] as number) | bit;
          else (stamps[position] = generation), (masks[position] = bit), touched.push(position);
        }
      }
      const found: ClaimQuery[] = [];
      for (const position of touched) {
        if (bitCount(masks[position] as number) >= (needed[position] as number)) found.push(queries[position] as ClaimQuery);
      }
      return found;
    },
  };
};

export const TERM_PRESEARCHER = termPresearcher(MATCH_THRESHOLD);
