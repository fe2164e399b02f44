// Stored-query matching (Lucene Monitor's register/match): the presearcher picks candidate claims from an
// item's terms, the verifier scores only those, and a claim whose verification throws becomes a per-claim
// error instead of failing the item.
import type { ClaimError } from './engine.js';
import type { ClaimQuery } from './claim-query.js';
import { createClaimTable } from './claim-table.js';
import { TERM_PRESEARCHER, type PresearcherFactory } from './presearcher.js';
import { verify, type Verdict } from './verifier.js';

export interface MonitorResult {
  /** Verified candidates, best first. */
  ranked: Verdict[];
  candidatesChecked: number;
  errors: ClaimError[];
}

export interface Monitor {
  match(terms: ReadonlySet<string>): MonitorResult;
}

export function createMonitor(
  compiled: { queries: readonly ClaimQuery[]; weightOf: (term: string) => number },
  presearcher: PresearcherFactory = TERM_PRESEARCHER,
): Monitor {
  const table = createClaimTable(compiled.queries, compiled.weightOf);
  const search = presearcher(table);
  return {
    match(terms) {
      const item = table.load(terms);
      const candidates = search.candidates(item.ids);
      const ranked: Verdict[] = [];
      const errors: ClaimError[] = [];
      for (const position of candidates) {
        const query = table.queries[position] as ClaimQuery;
        try {
          // Below the floor a candidate is not ranked, so most candidates cost one pass over the flat table.
          const coverage = table.coverage(position);
          if (coverage === 0 || coverage < search.floor) continue;
          const verdict = verify(query, terms, item.weight);
          if (verdict.coverage > 0) ranked.push(verdict);
        } catch (err) {
          errors.push({ claimId: query.id, message: (err as Error).message });
        }
      }
      ranked.sort((a, b) => b.score - a.score || Number(b.matched) - Number(a.matched) || (a.claimId < b.claimId ? -1 : 1));
      return { ranked, candidatesChecked: candidates.length, errors };
    },
  };
}
