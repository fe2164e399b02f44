// Which claim word met which item word: read after matching, as each text wrote the words.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../../src/domain/match/index.js';
import { termSurfaces } from '../../../../src/domain/match/term-surfaces.js';
import { actor, claim } from './fixtures.js';

const judge = (statement: string, title: string, extra: Parameters<typeof claim>[2] = {}, actors = [actor('ghalibaf', 'Mohammad Bagher Ghalibaf', { aliases: ['Ghalibaf', 'قالیباف'] })]) =>
  createEngine({ claims: [claim('c', statement, extra)], actors, sources: [] }).judge({ id: 'i', title, summary: '' });

describe('termSurfaces', () => {
  it('keeps each term with the words as written: joiners, case and multi-word phrases intact', () => {
    const surfaces = termSurfaces('Saudi Arabia: آتش‌بس in Yemen, the Cease-fire holds');
    expect(surfaces.get('@saudi')).toBe('Saudi Arabia');
    expect(surfaces.get('@ceasefire')).toBe('آتش‌بس'); // the first occurrence wins
    expect(surfaces.get('@yemen')).toBe('Yemen');
    expect(surfaces.get('holds')).toBeUndefined(); // a stem, not this spelling
    expect([...surfaces.values()]).toContain('holds');
  });

  it('gives a name its phonetic key too, so a name found in another script has its written form', () => {
    const key = [...termSurfaces('قالیباف').keys()].find((t) => t.startsWith('~'));
    expect(key).toBeDefined();
    expect(termSurfaces('قالیباف').get(key as string)).toBe('قالیباف');
  });
});

describe('the engine says which words met', () => {
  it('pairs an English claim with a Persian item word by word, in claim order', () => {
    const [match] = judge('Iran promised Saudi Arabia a ceasefire', 'ایران به عربستان وعده آتش‌بس داد').claims;
    expect(match?.met).toEqual([
      { claim: 'Iran', item: 'ایران' },
      { claim: 'promised', item: 'وعده' },
      { claim: 'Saudi Arabia', item: 'عربستان' },
      { claim: 'ceasefire', item: 'آتش‌بس' },
    ]);
  });

  it('names a tracked actor by its registry name and the alias the item used', () => {
    const [match] = judge('Speaker vows retaliation for the attack', 'قالیباف: انتقام حمله را می‌گیریم', { actorIds: ['ghalibaf'] }).claims;
    expect(match?.met).toEqual(expect.arrayContaining([
      { claim: 'retaliation', item: 'انتقام' },
      { claim: 'attack', item: 'حمله' },
      { claim: 'Mohammad Bagher Ghalibaf', item: 'قالیباف' },
    ]));
  });

  it('pairs a name met only by its sound in the other script', () => {
    const [match] = judge('Ghalibaf rejects the ceasefire', 'قالیباف آتش‌بس را رد کرد', {}, []).claims;
    expect(match?.met).toEqual(expect.arrayContaining([{ claim: 'Ghalibaf', item: 'قالیباف' }, { claim: 'ceasefire', item: 'آتش‌بس' }]));
  });
});
