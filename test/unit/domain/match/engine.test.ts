import { describe, expect, it, vi } from 'vitest';
import { createEngine, deriveClaimQuery } from '../../../../src/domain/match/index.js';
import type { Source } from '../../../../src/domain/model.js';
import { actor, claim } from './fixtures.js';

// The stance judge is another module's; here it only has to be called per matched claim and its answer kept.
vi.mock('../../../../src/domain/stance/index.js', () => ({
  createStanceJudge: () => ({
    judge: ({ claim }: { claim: string }) => {
      if (claim.includes('explode')) throw new Error('stance broke');
      return { stance: 'denies', confidence: 0.9, evidence: claim.slice(0, 10) };
    },
  }),
}));

const RESTRAINT = claim('restraint', 'Iran promised the US it would not retaliate against Israel in exchange for a Gaza ceasefire');
const item = (title: string, summary = '', extra: { sourceId?: string } = {}) => ({ id: 'i1', title, summary, ...extra });

describe('deriveClaimQuery', () => {
  it('lists the content words of a statement, readable and deduplicated', () => {
    expect(deriveClaimQuery('Iran promised the US it would not retaliate; Iran!')).toEqual({ required: [], keywords: ['iran', 'promised', 'usa', 'retaliate'] });
  });

  it('rejects a statement without content words with a coded error', () => {
    expect(() => deriveClaimQuery('it was not the')).toThrow(expect.objectContaining({ code: 'match/no-usable-terms' }));
  });
});

describe('createEngine', () => {
  it('matches a report of the claim in different words', () => {
    const engine = createEngine({ claims: [RESTRAINT], actors: [], sources: [] });
    const result = engine.judge(item('Report: Tehran offered Washington restraint in return for a Gaza truce', '...Iran told the United States it would not retaliate ... if a ceasefire is reached in Gaza'));
    expect(result.claims.map((c) => c.claimId)).toEqual(['restraint']);
    expect(result.claims[0]).toMatchObject({ stance: 'denies', confidence: 0.9, evidence: 'Iran promi' });
    expect(result.claims[0]?.terms).toEqual(expect.arrayContaining(['@iran', '@us', '@retaliate', '@ceasefire']));
    expect(result.candidatesChecked).toBe(1);
  });

  it('does not match an item that only shares the topic', () => {
    const engine = createEngine({ claims: [RESTRAINT], actors: [], sources: [] });
    expect(engine.judge(item('Who is behind the outlet that published the restraint report?')).claims).toEqual([]);
    expect(engine.judge(item('Iran, Israel, the US and Gaza: a week of diplomacy')).claims).toEqual([]);
  });

  it('vetoes a match holding an excluded phrase', () => {
    const claims = [claim('c', 'Iran seized an oil tanker', { excluded: ['video game'] })];
    const engine = createEngine({ claims, actors: [], sources: [] });
    expect(engine.judge(item('Iran seized an oil tanker')).claims).toHaveLength(1);
    expect(engine.judge(item('Iran seized an oil tanker in a new video game')).claims).toHaveLength(0);
  });

  it('finds actors by alias, joined names and native script', () => {
    const actors = [actor('haj', 'Amir Ali Hajizadeh'), actor('hez', 'Hezbollah', { kind: 'group' })];
    const engine = createEngine({ claims: [], actors, sources: [] });
    expect(engine.judge(item('سردار حاجی‌زاده: پاسخ می‌دهیم')).actors).toEqual([{ actorId: 'haj', alias: 'حاجیزاده' }]);
    expect(engine.judge(item('Amirali Hajizadeh spoke')).actors.map((a) => a.actorId)).toEqual(['haj']);
    expect(engine.judge(item('Hizbullah fighters and حزب‌الله')).actors.map((a) => a.actorId)).toEqual(['hez']);
    expect(engine.judge(item('Amir Khan spoke')).actors).toEqual([]);
  });

  it('tells apart actors whose names share a phonetic key: exact aliases win, a variant goes to the closest', () => {
    const actors = [actor('khamenei', 'Ali Khamenei', { aliases: ['خامنه‌ای'] }), actor('khomeini', 'Ruhollah Khomeini', { aliases: ['خمینی'] })];
    const engine = createEngine({ claims: [], actors, sources: [] });
    const found = (title: string) => engine.judge(item(title)).actors.map((a) => a.actorId);
    expect(found('Crowds mark the anniversary of Khomeini\u2019s death')).toEqual(['khomeini']);
    expect(found('Khamenei addressed the crowd')).toEqual(['khamenei']);
    expect(found('Khomeyni and Khamenehi portraits hung side by side')).toEqual(['khomeini', 'khamenei']);
    expect(found('سالگرد درگذشت خمینی')).toEqual(['khomeini']);
    // With only one of them tracked, a variant still finds him.
    expect(createEngine({ claims: [], actors: [actors[0]!], sources: [] }).judge(item('Khamenehi spoke')).actors.map((a) => a.actorId)).toEqual(['khamenei']);
  });

  it('counts a claim\u2019s tracked actor as evidence', () => {
    const claims = [claim('c', 'Hajizadeh said missiles hit the base', { actorIds: ['haj'] })];
    const engine = createEngine({ claims, actors: [actor('haj', 'Amir Ali Hajizadeh')], sources: [] });
    expect(engine.judge(item('Missiles hit the base, Amirali Hajizadeh says')).ranked[0]?.score).toBeGreaterThan(0);
    expect(engine.judge(item('Missiles hit the base, Amirali Hajizadeh says')).claims[0]?.terms).toContain('@@haj');
  });

  it('reports a claim with no usable terms as a per-claim error and still matches the others', () => {
    const claims = [claim('empty', 'it was not the'), claim('ok', 'Iran seized an oil tanker')];
    const result = createEngine({ claims, actors: [], sources: [] }).judge(item('Iran seized an oil tanker'));
    expect(result.errors).toEqual([{ claimId: 'empty', message: expect.stringContaining('match/no-usable-terms') }]);
    expect(result.claims.map((c) => c.claimId)).toEqual(['ok']);
  });

  it('keeps other matches when the stance judge throws for one claim', () => {
    const claims = [claim('bad', 'Iran seized a tanker that will explode'), claim('good', 'Iran seized an oil tanker')];
    const result = createEngine({ claims, actors: [], sources: [] }).judge(item('Iran seized an oil tanker that may explode'));
    expect(result.claims.map((c) => c.claimId)).toEqual(['good']);
    expect(result.errors).toEqual([{ claimId: 'bad', message: 'stance: stance broke' }]);
  });

  it('drops a relay naming the item\u2019s own outlet', () => {
    const tasnim: Source = {
      id: 'tasnim', name: 'Tasnim News Agency', aliases: ['Tasnim'], domains: ['tasnimnews.com'], country: 'IR', languages: ['fa'],
      label: 'IRGC-affiliated', basis: 'documented affiliation', citations: ['https://example.org/a'], confidence: 'high', feeds: [],
    };
    const engine = createEngine({ claims: [], actors: [], sources: [tasnim] });
    const text = 'Tasnim news agency reported that the talks failed';
    const other = engine.judge(item(text, '', { sourceId: 'bbc' })).relays.map((r) => r.sourceId);
    expect(engine.judge(item(text, '', { sourceId: 'tasnim' })).relays.map((r) => r.sourceId)).not.toContain('tasnim');
    expect(other).toContain('tasnim');
  });

  it('survives empty, huge, binary and bidi-laden input', () => {
    const engine = createEngine({ claims: [RESTRAINT, claim('t', 'Iran seized an oil tanker')], actors: [actor('haj', 'Hajizadeh')], sources: [] });
    const binary = String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 65536));
    for (const summary of ['', 'x'.repeat(1_000_000), `${'Iran seized an oil tanker. '.repeat(40_000)}`, binary, '\u202B\u200Fایران\u200E tanker \u2067seized\u2069']) {
      const started = performance.now();
      const result = engine.judge(item('', summary));
      expect(result.errors).toEqual([]);
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });
});
