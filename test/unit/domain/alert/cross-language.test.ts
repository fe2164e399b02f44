// When an alert explains a match across languages, and how it reads.
import { describe, expect, it } from 'vitest';
import { crossLanguageWhy, describeCrossLanguage, MAX_SHOWN_PAIRS } from '../../../../src/domain/alert/cross-language.js';

const CEASEFIRE = { claim: 'ceasefire', item: 'آتش‌بس' };

describe('crossLanguageWhy', () => {
  it('explains an English claim met in a Persian item, with the item language', () => {
    expect(crossLanguageWhy('Iran promised a ceasefire', 'fa', [{ claim: 'Iran', item: 'ایران' }, CEASEFIRE])).toEqual({
      itemLanguage: 'fa',
      terms: [{ claim: 'Iran', item: 'ایران' }, CEASEFIRE],
    });
  });

  it('explains a match across scripts even when the feed declares no language', () => {
    expect(crossLanguageWhy('Iran promised a ceasefire', undefined, [CEASEFIRE])).toEqual({ terms: [CEASEFIRE] });
  });

  it('stays silent for a same-language match', () => {
    expect(crossLanguageWhy('Iran promised a ceasefire', 'en', [{ claim: 'ceasefire', item: 'truce' }])).toBeUndefined();
    expect(crossLanguageWhy('ایران وعده آتش‌بس داد', 'fa', [{ claim: 'آتش‌بس', item: 'آتش بس' }])).toBeUndefined();
  });

  it('explains a Persian claim met in an Arabic item, though both are in Arabic script', () => {
    expect(crossLanguageWhy('ایران وعده آتش‌بس داد', 'ar', [{ claim: 'آتش‌بس', item: 'هدنة' }])?.terms).toEqual([{ claim: 'آتش‌بس', item: 'هدنة' }]);
    expect(crossLanguageWhy('ایران وعده آتش‌بس داد', 'fa-IR', [{ claim: 'آتش‌بس', item: 'هدنة' }])).toBeUndefined();
  });

  it('leaves out words that read the same on both sides, and keeps it short', () => {
    const many = Array.from({ length: 6 }, (_, i) => ({ claim: `word${i}`, item: `واژه${i}` }));
    const why = crossLanguageWhy('FATF talks', 'fa', [{ claim: 'FATF', item: 'fatf' }, ...many]);
    expect(why?.terms).toEqual(many.slice(0, MAX_SHOWN_PAIRS));
    expect(crossLanguageWhy('FATF talks', 'fa', [{ claim: 'FATF', item: 'FATF' }])).toBeUndefined();
  });
});

describe('describeCrossLanguage', () => {
  it('names the item language in English and pairs the words', () => {
    expect(describeCrossLanguage({ itemLanguage: 'ar', terms: [{ claim: 'Jordan', item: 'الأردن' }, CEASEFIRE] })).toBe('Arabic item: Jordan ↔ الأردن, ceasefire ↔ آتش‌بس');
    expect(describeCrossLanguage({ terms: [CEASEFIRE] })).toBe('ceasefire ↔ آتش‌بس');
  });

  it('shows a malformed language tag as the feed gave it', () => {
    expect(describeCrossLanguage({ itemLanguage: 'not a tag', terms: [CEASEFIRE] })).toBe('not a tag item: ceasefire ↔ آتش‌بس');
  });
});
