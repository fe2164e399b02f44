import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, tokenize } from '../../../../src/domain/normalize/index.js';

describe('normalizeText', () => {
  it('applies NFKC and case folding', () => {
    expect(normalizeText('ＩＲＡＮ ﬁle ①')).toBe('iran file 1');
    expect(normalizeText('Straße')).toBe('strasse');
  });

  it('removes Latin accents and Arabic harakat', () => {
    expect(normalizeText('Café Zarīf')).toBe('cafe zarif');
    expect(normalizeText('مُحَمَّد')).toBe('محمد');
  });

  it('unifies yeh and kaf across Arabic and Persian', () => {
    expect(normalizeText('علي')).toBe(normalizeText('علی'));
    expect(normalizeText('مصطفى')).toBe('مصطفی');
    expect(normalizeText('كتاب')).toBe('کتاب');
  });

  it('writes teh marbuta and heh-with-yeh as heh', () => {
    expect(normalizeText('غزة')).toBe('غزه');
    expect(normalizeText('خانۀ')).toBe('خانه');
  });

  it('folds alef forms onto bare alef', () => {
    expect(normalizeText('أإآٱ')).toBe('اااا');
    expect(normalizeText('إيران')).toBe('ایران');
  });

  it('removes tatweel, ZWNJ/ZWJ and bidi marks, joining the word', () => {
    expect(normalizeText('حاجی\u200Cزاده')).toBe('حاجیزاده');
    expect(normalizeText('ســـلام')).toBe('سلام');
    expect(normalizeText('\u200Fسلام\u200E \u202Bx\u202C\u2067y\u2069')).toBe('سلام xy');
  });

  it('writes every script\u2019s digits in ASCII', () => {
    expect(normalizeText('۱۴۰۳')).toBe('1403');
    expect(normalizeText('٢٠٢٤')).toBe('2024');
    expect(normalizeText('२०२४')).toBe('2024');
  });

  it('turns punctuation into single spaces', () => {
    expect(normalizeText('  "Iran’s"—deal, «توافق»؟  ')).toBe('iran s deal توافق');
  });

  it('is idempotent on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => normalizeText(normalizeText(s)) === normalizeText(s)), { numRuns: 2000 });
  });

  it('is idempotent on mixed Latin, Arabic and Persian text', () => {
    const chars = [...'aAéİßﬁ ـًٌٍَُِّْيىكةۀأإآٱءیکه۰۹٠٩-?\u200C\u200F'];
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(fc.property(text, (s) => normalizeText(normalizeText(s)) === normalizeText(s)), { numRuns: 2000 });
  });
});

describe('tokenize', () => {
  it('splits normalised text into words', () => {
    expect(tokenize('Iran: “No deal.”')).toEqual(['iran', 'no', 'deal']);
    expect(tokenize(' \u200F ')).toEqual([]);
  });
});
