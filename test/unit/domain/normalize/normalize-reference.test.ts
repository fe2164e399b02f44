// The one-pass normaliser must equal the plain statement of the fold: the chain of Unicode normal forms and
// regex passes it replaced for speed. The reference is kept here, as the specification, and fuzzed against it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../../src/domain/normalize/index.js';

const LETTERS: Record<string, string> = { 'ي': 'ی', 'ى': 'ی', 'ك': 'ک', 'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه', 'ٱ': 'ا', 'ء': '', 'ß': 'ss' };

function reference(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036F\u0591-\u05C7\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g, '')
    .replace(/[\u00AD\u061C\u0640\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '')
    .replace(/[يىكةۀەٱءß]/g, (c) => LETTERS[c] ?? c)
    .replace(/\p{Nd}/gu, (d) => {
      let zero = d.codePointAt(0) ?? 0;
      const cp = zero;
      while (/^\p{Nd}$/u.test(String.fromCodePoint(zero - 1))) zero--;
      return String((cp - zero) % 10);
    })
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .normalize('NFC');
}

const pieces = fc.constantFrom(
  'a', 'Z', 'É', 'ß', 'İ', 'ﬁ', 'Å', 'ǅ', ' ', '\n', '-', '’', '@', 'ی', 'ي', 'ك', 'ة', 'ال', 'آ', 'أ', '\u0653',
  '\u200c', '\u0640', '\u064b', 'ٱ', 'ء', '۳', '٣', '३', '𝟑', '①', '\u202e', '\ufeff', '\ud800', '\udfff', '😀', 'ְ',
  'क्ष', 'ि', '가', '\u1100\u1161', 'Ω', 'ﷲ', '\u0301', 'ﻻ', '𞥑',
);

describe('normalizeText equals the reference fold', () => {
  it('on every BMP character alone and between letters', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(normalizeText(`a${ch}b ${ch}`)).toBe(reference(`a${ch}b ${ch}`));
    }
  });

  it('on mixed-script fragments and arbitrary strings', () => {
    const text = fc.oneof(fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 60 }));
    fc.assert(fc.property(text, (s) => normalizeText(s) === reference(s)), { numRuns: 3000 });
  });
});
