// Fuzzing the normaliser with what feeds really mix: Latin with accents, Persian and Arabic letters and marks,
// every script's digits, joiners, bidi controls, lone surrogates, emoji. Idempotence is covered in
// normalize-text.test.ts; these check the output's shape and that the phonetic keys stay total.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinKeys, normalizeText, phoneticKey, tokenize } from '../../../../src/domain/normalize/index.js';

const pieces = fc.constantFrom(
  'a', 'É', 'ß', 'İ', 'ﬁ', ' ', '\t', '\n', '-', '.', '’', '"', '@', '#',
  'ی', 'ي', 'ك', 'ک', 'ة', 'ال', 'حاجی', '\u200c', '\u200d', '\u0640', '\u064b', '\u0670', 'ٱ', 'ء',
  '۳', '٣', '३', '๓', '𝟑', '①', '\u202e', '\u2066', '\ufeff', '\u00ad', '\ud800', '\udfff', '😀', '👨‍👩‍👧', 'א', 'ְ',
);
const mixed = fc.oneof(fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 80 }));

describe('normalizeText and tokenize on mixed-script junk', () => {
  it('returns letters and digits separated by single spaces, digits in ASCII, nothing invisible', () => {
    fc.assert(
      fc.property(mixed, (s) => {
        const n = normalizeText(s);
        expect(n).toBe(n.trim());
        expect(n).not.toMatch(/ {2}/);
        expect(n).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad\u0640]/);
        for (const token of n ? n.split(' ') : []) {
          expect(token).toMatch(/^[\p{L}\p{N}\p{M}]+$/u);
          expect(token).not.toMatch(/(?![0-9])\p{Nd}/u);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('tokenize gives non-empty tokens whose phonetic keys are total and ASCII', () => {
    fc.assert(
      fc.property(mixed, (s) => {
        const tokens = tokenize(s);
        const keys = tokens.map((t) => {
          expect(t.length).toBeGreaterThan(0);
          return phoneticKey(t);
        });
        for (const key of [...keys, joinKeys(keys)]) expect(key).toMatch(/^[A-Za-z]*$/);
        // Joining never produces a doubled letter (keys are collapsed), and is the keys run together and collapsed.
        expect(joinKeys(keys)).not.toMatch(/(.)\1/);
        expect(joinKeys(keys)).toBe(keys.join('').replace(/(.)\1+/g, '$1'));
      }),
      { numRuns: 1500 },
    );
  });
});
