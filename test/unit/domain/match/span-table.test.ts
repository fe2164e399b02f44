import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSpanTable, hashSpan } from '../../../../src/domain/match/span-table.js';

describe('span table', () => {
  it('finds words by a span of a larger string, across growth, and not words it was never given', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 300 }), fc.string({ maxLength: 4 }), (words, absent) => {
        const table = createSpanTable();
        words.forEach((w, i) => expect(table.add(w, hashSpan(w, 0, w.length))).toBe(i));
        words.forEach((w, i) => {
          const source = `<${w}>`;
          expect(table.find(source, 1, 1 + w.length, hashSpan(source, 1, 1 + w.length))).toBe(i);
          expect(table.word(i)).toBe(w);
        });
        if (!words.includes(absent)) expect(table.find(absent, 0, absent.length, hashSpan(absent, 0, absent.length))).toBe(-1);
        expect(table.size).toBe(words.length);
      }),
      { numRuns: 100 },
    );
  });

  it('tells apart words whose hashes collide', () => {
    const table = createSpanTable();
    // Same hash forced: only the characters can tell them apart.
    table.add('alpha', 7);
    table.add('beta', 7);
    expect(table.find('beta', 0, 4, 7)).toBe(1);
    expect(table.find('alpha', 0, 5, 7)).toBe(0);
    expect(table.find('gamma', 0, 5, 7)).toBe(-1);
  });

  it('grows past its first 65,536 slots without losing a word', () => {
    const table = createSpanTable();
    const words = Array.from({ length: 70_000 }, (_, i) => `w${i}`);
    for (const w of words) table.add(w, hashSpan(w, 0, w.length));
    expect(words.every((w, i) => table.find(w, 0, w.length, hashSpan(w, 0, w.length)) === i)).toBe(true);
  });
});
