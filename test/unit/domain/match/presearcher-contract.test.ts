// The contract every presearcher keeps (Lucene's PresearcherTestBase): it may drop only claims that could not
// reach the candidate floor, so its matches and its ranking above the floor equal the NO_FILTERING oracle's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseItem } from '../../../../src/domain/match/analyze.js';
import { compileClaims } from '../../../../src/domain/match/claim-query.js';
import { createMonitor } from '../../../../src/domain/match/monitor.js';
import { createActorFinder } from '../../../../src/domain/match/actor-finder.js';
import { createClaimTable } from '../../../../src/domain/match/claim-table.js';
import { createItemReader } from '../../../../src/domain/match/item-reader.js';
import { NO_FILTERING, TERM_PRESEARCHER, planIndex, termPresearcher, type PresearcherFactory } from '../../../../src/domain/match/presearcher.js';
import { holdingOf, MATCH_THRESHOLD, verify } from '../../../../src/domain/match/verifier.js';
import { claim } from './fixtures.js';

const WORDS = ['iran', 'tehran', 'missile', 'ceasefire', 'truce', 'gaza', 'soleimani', 'suleimani', 'sanctions', 'talks', 'oil', 'tanker', 'seized', 'navy', 'drone', 'Hajizadeh', 'بغداد', 'سلیمانی', 'حمله', 'border', 'election', 'protest', 'minister', 'resigned'];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));

function run(factory: PresearcherFactory, statements: string[], item: string) {
  const compiled = compileClaims(statements.map((s, i) => claim(`c${i}`, s)), new Set());
  const monitor = createMonitor(compiled, factory);
  return monitor.match(monitor.read(item));
}

describe.each([
  ['TERM_PRESEARCHER', TERM_PRESEARCHER, MATCH_THRESHOLD],
  ['termPresearcher(0.2)', termPresearcher(0.2), 0.2],
  ['NO_FILTERING', NO_FILTERING, 0],
])('presearcher contract: %s', (_name, factory, floor) => {
  it('finds a claim restated by an item', () => {
    const result = run(factory, ['Iran seized an oil tanker', 'The minister resigned after protests'], 'Tehran seizes British oil tanker in the Gulf');
    expect(result.ranked[0]).toMatchObject({ claimId: 'c0', matched: true });
  });

  it('matches and ranks above the floor exactly as the oracle does', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 12 }), sentence, (statements, item) => {
        const oracle = run(NO_FILTERING, statements, item);
        const tested = run(factory, statements, item);
        const aboveFloor = (r: typeof oracle) => r.ranked.filter((v) => v.coverage >= floor).map((v) => [v.claimId, v.score, v.matched]);
        expect(aboveFloor(tested)).toEqual(aboveFloor(oracle));
        expect(tested.ranked.filter((v) => v.matched).map((v) => v.claimId)).toEqual(oracle.ranked.filter((v) => v.matched).map((v) => v.claimId));
      }),
      { numRuns: 300 },
    );
  });
});

describe('TERM_PRESEARCHER candidate selection', () => {
  it('checks only claims sharing a selective term with the item', () => {
    const statements = ['Iran seized an oil tanker', 'The minister resigned after protests', 'Election results were delayed'];
    expect(run(TERM_PRESEARCHER, statements, 'The minister resigned').candidatesChecked).toBe(1);
    expect(run(NO_FILTERING, statements, 'The minister resigned').candidatesChecked).toBe(3);
    expect(run(TERM_PRESEARCHER, statements, 'Weather today: sunny').candidatesChecked).toBe(0);
  });

  it('still finds a claim after an item lacks all its unindexed groups', () => {
    // At floor 0.2 the long claim's need is a single unit: its first posting crosses it, the missing unindexed groups
    // (sanctions, Baghdad) put it in deficit, and the second posting (missile) must still carry it over.
    const statements = ['حمله', 'sanctions iran', 'iran', 'iran', 'missile', 'بغداد', 'iran', 'حمله sanctions tanker suleimani missile بغداد navy', 'iran', 'sanctions بغداد iran', 'حمله iran'];
    const found = run(termPresearcher(0.2), statements, 'suleimani missile').ranked.map((v) => v.claimId);
    expect(found).toEqual(run(NO_FILTERING, statements, 'suleimani missile').ranked.filter((v) => v.coverage >= 0.2).map((v) => v.claimId));
    expect(found).toContain('c7');
  });

  it('indexes a claim with required terms under one required term only', () => {
    const compiled = compileClaims([claim('c', 'Iran seized an oil tanker', { required: ['tanker'] })], new Set());
    const monitor = createMonitor(compiled, TERM_PRESEARCHER);
    expect(monitor.match(monitor.read('Iran seized oil')).candidatesChecked).toBe(0);
    expect(monitor.match(monitor.read('a tanker')).candidatesChecked).toBe(1);
  });
});

describe('matcher never misses a claim whose required terms all appear', () => {
  it('holds for random claims and items', () => {
    fc.assert(
      fc.property(sentence, fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }), sentence, (statement, required, filler) => {
        const compiled = compileClaims([claim('c', statement, { required })], new Set());
        const item = `${filler} ${statement} ${required.join(' ')}`;
        const monitor = createMonitor(compiled, TERM_PRESEARCHER);
        const result = monitor.match(monitor.read(item));
        expect(result.ranked.find((v) => v.claimId === 'c')?.matched).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('planIndex', () => {
  const query = (statement: string, others: string[]) => {
    const compiled = compileClaims([claim('q', statement), ...others.map((s, i) => claim(`o${i}`, s))], new Set());
    return compiled.queries[0]!;
  };

  it('leaves common groups out of the index while they cannot reach the floor together with the held ones', () => {
    // "iran" is in every claim, so it weighs least: it alone cannot carry an item to half the claim.
    const q = query('Iran navy seized oil tanker', ['Iran talks', 'Iran election', 'Iran protest', 'Iran drone']);
    const plan = planIndex(q, MATCH_THRESHOLD);
    const unindexed = q.groups.filter((g) => !plan.groups.includes(g));
    expect(unindexed.map((g) => g.term)).toContain('@iran');
    const heaviestHits = [...plan.groups].sort((a, b) => b.weight - a.weight).slice(0, plan.hits - 1);
    const escape = unindexed.reduce((s, g) => s + g.weight, 0) + heaviestHits.reduce((s, g) => s + g.weight, 0);
    expect(escape).toBeLessThan(MATCH_THRESHOLD * q.totalWeight);
  });

  it('asks for several hits when no single group reaches the floor', () => {
    const q = query('navy seized oil tanker strait', []);
    expect(planIndex(q, MATCH_THRESHOLD).hits).toBeGreaterThan(1);
  });
});

describe('item reader and flat claim table', () => {
  it('read the terms analyseItem finds, weigh the item\u2019s own words once each, and tell which claims reach a floor as the verifier would', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 8 }), fc.array(sentence, { minLength: 1, maxLength: 3 }), (statements, items) => {
        const compiled = compileClaims(statements.map((s, i) => claim(`c${i}`, s)), new Set());
        const table = createClaimTable(compiled.queries);
        const read = createItemReader(table, compiled.weightOf, createActorFinder([]));
        // Several items through one reader: what it remembers of earlier items must not leak into later ones.
        for (const item of items) {
          const terms = analyseItem(item).terms;
          const got = read(item);
          const known = [...terms].flatMap((t) => table.termIds.get(t) ?? []);
          expect([...got.ids].sort()).toEqual([...new Set(known)].sort());
          const ownWords = [...terms].filter((t) => !t.startsWith('~') && !t.startsWith('@@'));
          expect(got.weight).toBeCloseTo(ownWords.reduce((s, t) => s + compiled.weightOf(t), 0), 9);
          for (const t of table.termIds.keys()) expect(got.has(t)).toBe(terms.has(t));
          compiled.queries.forEach((q, i) => {
            const { coverage } = verify(q, holdingOf(q, terms), 1);
            expect([...table.holding(i)]).toEqual(holdingOf(q, terms).groups);
            for (const floor of [0, 0.2, 0.5, coverage]) expect(table.reaches(i, floor)).toBe(coverage > 0 && coverage >= floor);
          });
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('item reader memory', () => {
  it('starts its memo afresh past 200,000 words and still reads items right', () => {
    const compiled = compileClaims([claim('c', 'Iran seized an oil tanker')], new Set());
    const monitor = createMonitor(compiled, TERM_PRESEARCHER);
    // Three items of 80,000 made-up words each: the memo passes its bound during the third.
    for (let part = 0; part < 3; part++) monitor.read(Array.from({ length: 80_000 }, (_, i) => `w${part}x${i.toString(36)}`).join(' '));
    const result = monitor.match(monitor.read('Tehran seizes British oil tanker in the Gulf'));
    expect(result.ranked[0]).toMatchObject({ claimId: 'c', matched: true });
    const again = monitor.match(monitor.read('Tehran seizes British oil tanker in the Gulf'));
    expect(again.ranked[0]?.score).toBe(result.ranked[0]?.score);
  });
});
