// Fuzzing parse + map from the bytes up: RSS whose titles, links, guids and dates are arbitrary text (escaped,
// raw, or in CDATA), and arbitrary mutations of a valid document. to-items.property.test.ts fuzzes toItems on
// already-parsed shapes; here the XML parser sits in front of it. Either the feed is refused with a FeedError
// (a code the poll worker knows), or every item it yields is a valid Item.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ItemSchema } from '../../../src/domain/model.js';
import { FeedError, parseFeed, toItems } from '../../../src/ingest/index.js';

const ctx = { feedId: 'fz', sourceId: 'src', language: 'en', now: new Date('2025-03-10T12:00:00.000Z') };
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const raw = fc.string({ unit: 'binary', maxLength: 60 });
const field = fc.oneof(raw.map(esc), raw.map((s) => `<![CDATA[${s.replace(/]]>/g, '')}]]>`), raw, fc.constantFrom('&nbsp;', '&#0;', '&#x110000;', '&bogus;', '<b>x</b>', 'javascript:alert(1)', ''));
const item = fc.record({ title: field, link: field, guid: field, pubDate: field, description: field });

function doc(items: Array<Record<string, string>>): string {
  const body = items.map((i) => `<item>${Object.entries(i).map(([k, v]) => `<${k}>${v}</${k}>`).join('')}</item>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><link>https://example.org</link><description>d</description>${body}</channel></rss>`;
}

async function parseAndMap(xml: string): Promise<void> {
  try {
    const items = toItems(await parseFeed(xml), ctx);
    for (const it of items) ItemSchema.parse(it);
  } catch (err) {
    expect(err, String(err)).toBeInstanceOf(FeedError);
  }
}

describe('parseFeed + toItems on fuzzed XML', () => {
  it('arbitrary field text: a FeedError or valid Items, nothing else', async () => {
    await fc.assert(fc.asyncProperty(fc.array(item, { maxLength: 6 }), (items) => parseAndMap(doc(items))), { numRuns: 300 });
  });

  it('a valid document cut, spliced or salted with markup: a FeedError or valid Items', async () => {
    const base = doc([{ title: 'A', link: 'https://example.org/a', guid: 'a', pubDate: 'Mon, 08 Apr 2024 09:10:00 +0000', description: 'x' }]);
    const mutated = fc.tuple(fc.nat(base.length), fc.nat(base.length), fc.constantFrom('', '<', '&', ']]>', '<!DOCTYPE x [<!ENTITY a "b">]>', '<item>', '</channel>', '\u0000', '\ud800')).map(([a, b, ins]) => base.slice(0, Math.min(a, b)) + ins + base.slice(Math.max(a, b)));
    await fc.assert(fc.asyncProperty(mutated, parseAndMap), { numRuns: 300 });
  });
});
