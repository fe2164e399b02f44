import { describe, expect, it } from 'vitest';
import { compileClaims } from '../../../../../src/domain/match/claim-query.js';
import { createMonitor } from '../../../../../src/domain/match/monitor.js';
import { termPresearcher } from '../../../../../src/domain/match/presearcher.js';
import { YEAR_MISSED_COST } from '../../../../../src/domain/match/rank/term-kinds.js';
import { stem } from '../../../../../src/domain/match/stem.js';
import { holdingOf, verify } from '../../../../../src/domain/match/verifier.js';
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

  it('takes relevance from a claim when the item names none of its years', () => {
    const [query] = compileClaims([claim('a', 'A flood closed the harbour in 2006 and in 2007'), claim('b', 'A parade')], new Set()).queries;
    if (!query) throw new Error('no query');
    const relevanceOf = (terms: string[]) => verify(query, holdingOf(query, new Set(terms)), 10).relevance;
    const found = (terms: string[]) => query.groups.filter((g) => terms.includes(g.term)).reduce((s, g) => s + g.relevance, 0);
    const words = ['flood', 'harbour'].map(stem);
    expect(relevanceOf(words)).toBeCloseTo(found(words) - YEAR_MISSED_COST);
    expect(relevanceOf([...words, '2007'])).toBeCloseTo(found([...words, '2007']));
    // Never below nothing found.
    expect(relevanceOf([stem('closed')])).toBeGreaterThanOrEqual(0);
  });
});
