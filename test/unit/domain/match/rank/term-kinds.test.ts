import { describe, expect, it } from 'vitest';
import { compileClaims } from '../../../../../src/domain/match/claim-query.js';
import { createMonitor } from '../../../../../src/domain/match/monitor.js';
import { termPresearcher } from '../../../../../src/domain/match/presearcher.js';
import { claim } from '../fixtures.js';

/** Claim ids best first for an item, every claim sharing a term ranked (as the CLI ranks). */
function rank(statements: Record<string, string>, item: string): string[] {
  const compiled = compileClaims(Object.entries(statements).map(([id, s]) => claim(id, s)), new Set());
  const monitor = createMonitor(compiled, termPresearcher(0));
  return monitor.match(monitor.read(item)).ranked.map((v) => v.claimId);
}

describe('term kinds in ranking', () => {
  it('lets a shared word outrank a shared date or number of the same rarity', () => {
    // Each claim shares "parade" and one equally rare term with the item; the claim registered first would win a tie.
    expect(rank({ a: 'A parade in December', b: 'A parade of zebras' }, 'Zebras on parade, December 2019')[0]).toBe('b');
    expect(rank({ a: 'A parade of 300', b: 'A parade of zebras' }, 'Zebras on parade: 300 of them')[0]).toBe('b');
  });
});
