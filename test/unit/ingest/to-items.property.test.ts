import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ItemSchema } from '../../../src/domain/model.js';
import type { ParsedFeed } from '../../../src/ingest/parse-feed.js';
import { toItems } from '../../../src/ingest/to-items.js';

// Field values as xml2js/rss-parser can leave them, plus outright junk.
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('', '   ', '<b>x</b>', '&amp;', '&#0;', 'javascript:x', 'https://ex.org/a?utm_x=1#f'));
const date = fc.oneof(fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? 'Invalid' : d.toISOString())), fc.string(), fc.constantFrom('Tue, 01 Oct 2019 14:30:00 PST', '-000001-01-01T00:00:00Z', '275760-09-13T00:00:00Z'));
const value = fc.oneof(text, date, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.record({ _: text }), fc.array(text, { maxLength: 2 }), fc.object({ maxDepth: 2 }));
const item = fc.oneof(
  fc.record({ title: value, link: value, guid: value, id: value, isoDate: date, pubDate: value, date: value, content: value, contentSnippet: value, summary: value, language: value }, { requiredKeys: [] }),
  fc.anything(),
);
const feed = fc.oneof(
  fc.record({ items: fc.array(item, { maxLength: 8 }), title: value, language: value, link: value, 'dc:language': value }, { requiredKeys: ['items'] }),
  fc.anything(),
);

describe('toItems on arbitrary parsed feeds', () => {
  it('never throws and returns only valid Items', () => {
    const ctx = { feedId: 'feed-1', sourceId: 'src-1', language: 'en', now: new Date('2025-03-10T12:00:00.000Z') };
    fc.assert(
      fc.property(feed, (f) => {
        const items = toItems(f as ParsedFeed, ctx);
        for (const it of items) ItemSchema.parse(it);
        return Array.isArray(items);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps every object item that has a non-blank string guid', () => {
    const ctx = { feedId: 'f', sourceId: 's', language: 'en', now: new Date('2025-03-10T12:00:00.000Z') };
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), { maxLength: 20 }), (guids) => {
        expect(toItems({ items: guids.map((guid) => ({ guid })) }, ctx)).toHaveLength(guids.length);
      }),
    );
  });
});
