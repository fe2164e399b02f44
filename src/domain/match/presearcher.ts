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

const MAX_HITS = 4;
/**
 * Rough cost of a query crossing its need, in posting visits: weighs traffic against candidates between plans.
 * Measured at 100,000 claims: a posting visit costs 5-8 ns; a crossing is mostly settled by the spare-groups check
 * (a few lookups in small arrays, about 10 visits), the rest by reading its other unindexed groups (a cache miss).
 * 10 ran 8% faster there than 20 or 40, and 5 ran 18% slower.
 */
const VERIFY_COST = 10;
/** How many of a query's heaviest unindexed groups are checked first when it crosses its need. */
const SPARES = 2;
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
    if (!plan) continue;
    const visits = plan.groups.reduce((s, g) => s + g.alternatives.length * Math.min(1, ITEM_PRESENCE_FACTOR * g.share), 0);
    const cost = visits + VERIFY_COST * chanceOfHits(plan.groups, hits);
    if (cost < bestCost) {
      best = plan;
      bestCost = cost;
    }
  }
  return best;
}

/** Held weight is counted in units of 1/2^13 of a query's total weight, so the per-query state fits 16 bits. */
const WEIGHT_UNITS = 1 << 13;
/** The top bit of a query's state: its unindexed groups were checked in this item. */
const SPENT = 0x8000;
const TALLY = 0x7fff;

/**
 * Indexes each query so that every item it could score `floor` on finds it. At the match threshold it is exact
 * for live decisions; a lower floor also ranks near misses, for more candidates per item. A posting is the
 * query's position and the group's weight: an item's postings add up, per query, the weight of the indexed
 * groups it holds, and only queries whose held weight plus all their unindexed weight can reach the floor are
 * verified. The per-query tally is the hot path's only random access, so it is a 15-bit count and a flag (200 KB at
 * 100,000 claims, cache-resident) rather than a float, and a query is taken the moment its tally crosses the
 * need its posting carries: posting weights round up and the needed weight rounds down, so quantising can add
 * candidates but never drop one. Two alternatives of one group (a name and its phonetic key) both count, which
 * likewise only overestimates.
 */
export const termPresearcher = (floor: number): PresearcherFactory => ({ queries, termIds, isPresent }) => {
  // Per term: the positions of the queries indexed under it, and per posting its group's weight (low 16 bits) with
  // the query's need (high 16 bits), so the crossing test reads them in order with the posting instead of
  // looking the query up again at random.
  const building = new Map<number, { postings: number[]; weightAndNeed: number[] }>();
  // The need assumes every unindexed group present, so once a query crosses it, an item lacking some must hold that
  // much more indexed weight. Checked only at crossings: first its two heaviest unindexed groups of one spelling
  // (its spares: term ids and weight units, rounded down, in small arrays), which settle most crossings; then its
  // other unindexed groups, each as its weight units with its number of spellings in the high half, followed by the
  // spellings' term ids. Few queries get that far; at 100,000 claims about half of those that pass reach the floor
  // (the tally counts a name and its key twice, and rounds weights up).
  const spareTerms = new Int32Array(SPARES * queries.length).fill(-1);
  const spareUnits = new Uint16Array(SPARES * queries.length);
  const otherGroups: number[][] = [];
  queries.forEach((q, position) => {
    const plan = planIndex(q, floor);
    const indexed = plan.groups.reduce((s, g) => s + g.weight, 0);
    const reach = floor * q.totalWeight - (q.totalWeight - indexed);
    // Required groups are all in every match, so the indexed ones are all needed.
    const must = plan.groups[0]?.required ? Math.max(reach, indexed) : reach;
    // A query's postings must add up to at most 32,767 units even when an item holds every alternative.
    const postingCount = plan.groups.reduce((s, g) => s + g.alternatives.length, 0);
    const alternativeWeight = plan.groups.reduce((s, g) => s + g.weight * g.alternatives.length, 0);
    const unit = Math.min(WEIGHT_UNITS / q.totalWeight, (TALLY - postingCount) / alternativeWeight);
    // The indexed weight an item must hold (floor minus every unindexed group), in weight units. The margin keeps
    // rounding in the weights themselves from dropping a query that reaches exactly the floor.
    const need = Math.max(1, Math.floor(must * unit * (1 - 1e-6)));
    // With required groups the need is theirs, not the floor's less the unindexed weight: nothing to settle.
    const unindexed = plan.groups[0]?.required ? [] : q.groups.filter((g) => !plan.groups.includes(g)).sort((a, b) => b.weight - a.weight);
    const spares = unindexed.filter((g) => g.alternatives.length === 1).slice(0, SPARES);
    spares.forEach((g, k) => {
      spareTerms[SPARES * position + k] = termIds.get(g.term) as number;
      spareUnits[SPARES * position + k] = Math.floor(g.weight * unit);
    });
    const others = unindexed.filter((g) => !spares.includes(g));
    otherGroups.push(others.flatMap((g) => [(g.alternatives.length << 16) | Math.floor(g.weight * unit), ...g.alternatives.map((a) => termIds.get(a) as number)]));
    for (const g of plan.groups) {
      for (const term of g.alternatives) {
        const id = termIds.get(term) as number;
        const list = building.get(id) ?? { postings: [], weightAndNeed: [] };
        building.set(id, list);
        list.postings.push(position);
        list.weightAndNeed.push(((need << 16) | Math.ceil(g.weight * unit)) >>> 0);
      }
    }
  });
  // Postings of every term laid end to end (term t's are first[t] to first[t + 1]), each as two int32s, the query's
  // position and its packed weight and need: one array, read in order.
  const first = new Uint32Array(termIds.size + 1);
  for (const [id, list] of building) first[id + 1] = list.postings.length;
  for (let t = 0; t < termIds.size; t++) first[t + 1] = (first[t + 1] as number) + (first[t] as number);
  const postings = new Uint32Array(2 * (first[termIds.size] as number));
  for (const [id, list] of building) {
    let at = 2 * (first[id] as number);
    list.postings.forEach((position, k) => {
      postings[at++] = position;
      postings[at++] = list.weightAndNeed[k] as number;
    });
  }
  // Query q's other unindexed groups are others[otherStart[q]] to others[otherStart[q + 1]].
  const otherStart = new Uint32Array(queries.length + 1);
  otherGroups.forEach((list, position) => (otherStart[position + 1] = (otherStart[position] as number) + list.length));
  const others = Uint32Array.from(otherGroups.flat());
  // Per query, the weight units of the current item's postings (low 15 bits) and whether its unindexed groups were
  // checked (the top bit): one 200 KB array at 100,000 claims, so the presearch pushes little of the item reader's
  // tables out of cache. Zero means "not touched by this item"; touched entries are reset after each item.
  const held = new Uint16Array(queries.length);
  const touched = new Uint32Array(queries.length);
  return {
    floor,
    candidates(ids) {
      let count = 0;
      const found: number[] = [];
      for (const id of ids) {
        for (let i = 2 * (first[id] as number), end = 2 * (first[id + 1] as number); i < end; i += 2) {
          const position = postings[i] as number;
          const packed = postings[i + 1] as number;
          const need = packed >>> 16;
          const was = held[position] as number;
          const sum = was & TALLY;
          const next = sum + (packed & 0xffff);
          held[position] = was + (packed & 0xffff);
          touched[count] = position;
          count += was === 0 ? 1 : 0;
          if (sum < need && next >= need) {
            if (was & SPENT) {
              found.push(position);
              continue;
            }
            // The weight of its unindexed groups missing from the item: it needs that much more, and may cross again.
            let missing = 0;
            for (let k = SPARES * position, last = k + SPARES; k < last && (spareTerms[k] as number) >= 0; k++) {
              if (!isPresent(spareTerms[k] as number)) missing += spareUnits[k] as number;
            }
            for (let k = otherStart[position] as number, last = otherStart[position + 1] as number; k < last && next - missing >= need; ) {
              const group = others[k++] as number;
              let present = false;
              for (const end = k + (group >>> 16); k < end; k++) present ||= isPresent(others[k] as number);
              if (!present) missing += group & 0xffff;
            }
            if (next - missing >= need) found.push(position);
            else held[position] = SPENT | Math.max(0, next - missing);
          }
        }
      }
      // Past one query in sixteen, clearing the array whole (in order) costs less than resetting each at random.
      if (count > held.length >>> 4) held.fill(0);
      else for (let k = 0; k < count; k++) held[touched[k] as number] = 0;
      return found;
    },
  };
};

export const TERM_PRESEARCHER = termPresearcher(MATCH_THRESHOLD);
