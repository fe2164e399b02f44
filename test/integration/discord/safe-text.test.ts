// The pure text helpers behind every Discord payload (kept beside the Discord tests; no I/O).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip, fitLines, safeClip } from '../../../src/chat/discord/embed-limits.js';
import { defuseMentions, isolate, safeText, unmaskLinks } from '../../../src/chat/discord/safe-text.js';

describe('safeText', () => {
  it('escapes markdown, defuses mentions and unmasks links', () => {
    expect(safeText('**bold** _it_ ~~s~~ ||spoiler||')).toBe('\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ \\|\\|spoiler\\|\\|');
    expect(safeText('# head\n- item\n1. one')).toBe('\\# head\n\\- item\n1\\. one');
    expect(defuseMentions('@everyone @here <@123> <@!123> <@&123> <#123>')).toBe('@\u200beveryone @\u200bhere <\u200b@123> <\u200b@!123> <\u200b@&123> <\u200b#123>');
    expect(unmaskLinks('see [the source](https://evil.example/a) now')).toBe('see the source (https://evil.example/a) now');
    expect(safeText('[x](https://evil.example)')).not.toMatch(/\]\(/);
  });

  it('isolates only right-to-left text and strips bidi controls first', () => {
    expect(isolate('plain English')).toBe('plain English');
    expect(isolate('خبر فوری')).toBe('\u2068خبر فوری\u2069');
    expect(safeText('\u202eevil\u202c خبر')).toBe('\u2068evil خبر\u2069');
  });
});

describe('summarising within limits', () => {
  it('clip cuts at a word boundary with an ellipsis', () => {
    expect(clip('one two three four', 12)).toBe('one two…');
    expect(clip('short', 12)).toBe('short');
  });

  it('fitLines drops whole lines and counts them', () => {
    expect(fitLines(['aaaa', 'bbbb', 'cccc', 'dddd'], 22)).toBe('aaaa\nbbbb\n… and 2 more');
    expect(fitLines(['a', 'b'], 100)).toBe('a\nb');
  });

  it('property: safeClip and fitLines never exceed their budget and never split an isolate', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '*', '_', '@', 'خ', 'everyone', '[', ']', '(', ')', '\\', '\n'), maxLength: 400 });
    fc.assert(
      fc.property(text, fc.integer({ min: 20, max: 300 }), (raw, max) => {
        const out = safeClip(raw, max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(out.split('\u2068').length).toBe(out.split('\u2069').length);
      }),
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 30 }), fc.integer({ min: 40, max: 1024 }), (lines, max) => {
        expect(fitLines(lines, max).length).toBeLessThanOrEqual(max);
      }),
    );
  });
});
