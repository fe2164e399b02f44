// Fitting a digest into platform limits: pages split by claim, text shortened at word boundaries only.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Digest, DigestClaim } from '../../../../src/domain/digest/digest.js';
import { digestClaimChars, fitClaim, pageDigest, shorten } from '../../../../src/domain/digest/page.js';

function claim(i: number, weak = 1): DigestClaim {
  return {
    claimId: `c${i}`,
    statement: `Claim number ${i} about a written message sent to Tehran by Washington`,
    newOutlets: [{ name: 'Tasnim', label: 'IRGC-affiliated' }],
    denials: [{ speaker: 'White House', outlet: 'Washington Free Beacon' }],
    assertions: [],
    weaklySourced: Array.from({ length: weak }, (_, k) => ({ title: `Story ${k} with an anonymous source saying things`, url: `https://example.org/${i}/${k}`, flags: ['anonymous-sources'] })),
    corroboration: 2,
  };
}
const digest = (active: DigestClaim[]): Digest => ({ tenant: 't', windowStart: 'a', windowEnd: 'b', timeZone: 'UTC', active, quiet: ['q1', 'q2'] });

describe('shorten', () => {
  it('keeps text that fits and cuts the rest at a word, with an ellipsis', () => {
    expect(shorten('short text', 20)).toBe('short text');
    expect(shorten('The White House denied the report on Sunday', 20)).toBe('The White House…');
    expect(shorten('کاخ سفید ادعای ارسال پیام مکتوب را تکذیب کرد', 20)).toBe('کاخ سفید ادعای…');
  });
  it('never returns more than max characters, and never a partial word (property)', () => {
    const word = fc.stringMatching(/^[a-zA-Z\u0600-\u06ff]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 2, max: 200 }), (words, max) => {
        const text = words.join(' ');
        const out = shorten(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        if (out === text) return;
        const kept = out.slice(0, -1).split(' ').filter(Boolean);
        // Every kept word is a whole word of the input, in order (only a single over-long word may be cut).
        if (kept.length > 1 || text.startsWith(`${kept[0] ?? ''} `)) expect(kept).toEqual(words.slice(0, kept.length));
      }),
    );
  });
  it('cuts a single over-long word at a code point, not inside a surrogate pair', () => {
    const out = shorten('😀'.repeat(10), 6);
    expect(out.length).toBeLessThanOrEqual(6);
    expect(out.endsWith('…')).toBe(true);
    expect(/[\uD800-\uDBFF]…$/.test(out)).toBe(false);
  });
});

describe('pageDigest', () => {
  it('returns one unchanged page when everything fits', () => {
    const d = digest([claim(1), claim(2)]);
    expect(pageDigest(d, 6_000)).toEqual([d]);
  });
  it('splits by claim, in order, every page under the budget, the quiet line on the last page', () => {
    const d = digest(Array.from({ length: 40 }, (_, i) => claim(i, 3)));
    const pages = pageDigest(d, 2_000);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flatMap((p) => p.active.map((c) => c.claimId))).toEqual(d.active.map((c) => c.claimId));
    pages.forEach((p, i) => {
      expect(p.page).toEqual({ number: i + 1, of: pages.length });
      expect(p.active.reduce((n, c) => n + digestClaimChars(c), 0)).toBeLessThanOrEqual(2_000);
      expect(p.quiet).toEqual(i === pages.length - 1 ? ['q1', 'q2'] : []);
    });
  });
  it('fits a claim too large for any page by dropping list entries, counted, denials last', () => {
    const huge = claim(1, 200);
    const fitted = fitClaim(huge, 1_500);
    expect(digestClaimChars(fitted)).toBeLessThanOrEqual(1_500);
    expect(fitted.denials).toEqual(huge.denials);
    expect(fitted.omitted).toBe(huge.weaklySourced.length - fitted.weaklySourced.length);
    const [page] = pageDigest(digest([huge]), 1_700);
    expect(page?.active[0]?.omitted).toBeGreaterThan(0);
  });
});
