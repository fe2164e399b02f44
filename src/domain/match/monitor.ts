// Stored-query matching (Lucene Monitor's register/match): claims are registered once; an item is read into
// their term ids, the presearcher picks candidate claims from those, the verifier scores only the candidates,
// and a claim whose verification throws becomes a per-claim error instead of failing the item.
import { createActorFinder, type ActorFinder } from './actor-finder.js';
import type { ClaimError } from './engine.js';
import type { ClaimQuery } from './claim-query.js';
import { createClaimTable } from './claim-table.js';
import { createItemReader, type ReadItem } from './item-reader.js';
import { TERM_PRESEARCHER, type PresearcherFactory } from './presearcher.js';
import { verify, type Verdict } from './verifier.js';

export interface MonitorResult {
  /** Verified candidates, best first. */
  ranked: Verdict[];
  candidatesChecked: number;
  errors: ClaimError[];
}

export interface Monitor {
  /** Reads an item's text (terms and tracked actors); the result is valid until the next read. */
  read(raw: string): ReadItem;
  match(item: ReadItem): MonitorResult;
}

export function createMonitor(
  compiled: { queries: readonly ClaimQuery[]; weightOf: (term: string) => number },
  presearcher: PresearcherFactory = TERM_PRESEARCHER,
  finder: ActorFinder = createActorFinder([]),
): Monitor {
  const table = createClaimTable(compiled.queries);
  const search = presearcher(table);
  const order = new Map(compiled.queries.map((q, position) => [q.id, position]));
  return {
    read: createItemReader(table, compiled.weightOf, finder),
    match(item) {
      const candidates = search.candidates(item.ids);
      const ranked: Verdict[] = [];
      const errors: ClaimError[] = [];
      for (const position of candidates) {
        // Below the floor a candidate is not ranked, so most candidates cost one pass over their table record and
        // never touch the query object.
        if (!table.reaches(position, search.floor)) continue;
        const query = table.queries[position] as ClaimQuery;
        try {
          const verdict = verify(query, { groups: table.holding(position), terms: item }, item.weight);
          if (verdict.coverage > 0) ranked.push(verdict);
        } catch (err) {
          errors.push({ claimId: query.id, message: (err as Error).message });
        }
      }
      // Ties (claims restating each other) go to the claim registered first: the one tracked longest.
      ranked.sort((a, b) => b.score - a.score || Number(b.matched) - Number(a.matched) || (order.get(a.claimId) as number) - (order.get(b.claimId) as number));
      return { ranked, candidatesChecked: candidates.length, errors };
    },
  };
}
