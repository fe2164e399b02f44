import { describe, expect, it } from 'vitest';
import { FeedError } from '../../../src/ingest/errors.js';
import { MAX_ITEMS, parseFeed } from '../../../src/ingest/parse-feed.js';
import { rss } from '../../helpers/rss.js';

async function failure(xml: string): Promise<FeedError> {
  const err: unknown = await parseFeed(xml).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(FeedError);
  return err as FeedError;
}

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>`;

describe('parseFeed: formats', () => {
  it('reads RSS 2.0', async () => {
    const feed = await parseFeed(rss('Wire', [{ guid: 'a', title: 'One' }, { guid: 'b', title: 'Two' }]));
    expect(feed.items.map((i) => i.title)).toEqual(['One', 'Two']);
  });

  it('reads RSS 0.91, <rss> without a version, RSS 1.0 (RDF) and Atom', async () => {
    const v091 = await parseFeed('<rss version="0.91"><channel><title>c</title><item><title>old</title><link>http://ex.org/1</link></item></channel></rss>');
    expect(v091.items[0]?.title).toBe('old');
    const unversioned = await parseFeed('<rss><channel><item><title>bare</title></item></channel></rss>');
    expect(unversioned.items[0]?.title).toBe('bare');
    const rdf = await parseFeed(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="http://ex.org/"><title>c</title></channel>
      <item rdf:about="http://ex.org/r1"><title>rdf item</title><link>http://ex.org/r1</link><dc:date>2017-06-15T17:29:47Z</dc:date></item></rdf:RDF>`);
    expect(rdf.items[0]).toMatchObject({ title: 'rdf item', date: '2017-06-15T17:29:47Z' });
    const atom = await parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title>a</title>
      <entry><id>tag:ex.org,2025:1</id><title>atom entry</title><link href="http://ex.org/a1"/><updated>2025-01-02T03:04:05Z</updated></entry></feed>`);
    expect(atom.items[0]).toMatchObject({ id: 'tag:ex.org,2025:1', title: 'atom entry', link: 'http://ex.org/a1' });
  });
});

describe('parseFeed: hostile and broken input', () => {
  it('refuses a billion-laughs document without expanding it', async () => {
    const started = performance.now();
    const err = await failure(billionLaughs);
    expect(err.code).toBe('ingest/parse');
    expect(err.message).toMatch(/entit/i);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('refuses an external entity (XXE) and never reads the file', async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
      <rss version="2.0"><channel><item><title>&xxe;</title></item></channel></rss>`;
    expect((await failure(xxe)).code).toBe('ingest/parse');
  });

  it('removes a DOCTYPE that declares only an external parameter entity, and parses the feed', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % HTMLlat1 PUBLIC "-//W3C//ENTITIES Latin 1 for XHTML//EN" "http://127.0.0.1:9/x.ent">]>
      <rss version="0.92"><channel><item><title>ok</title></item></channel></rss>`;
    expect((await parseFeed(xml)).items[0]?.title).toBe('ok');
  });

  it('reports malformed XML as ingest/parse', async () => {
    expect((await failure('<rss version="2.0"><channel><item><title>x</item></channel></rss>')).code).toBe('ingest/parse');
    expect((await failure('<rss version="2.0"><channel><title><![CD')).code).toBe('ingest/parse');
    expect((await failure('<rss version="2.0"><channel><title>&undeclared;</title></channel></rss>')).code).toBe('ingest/parse');
  });

  it('accepts HTML named entities that feeds use without declaring them (&nbsp;, &eacute;)', async () => {
    const feed = await parseFeed('<rss version="2.0"><channel><item><title>caf&eacute;&nbsp;x</title></item></channel></rss>');
    expect(feed.items[0]?.title).toBe('café\u00a0x');
  });

  it('reports well-formed XML that is no feed as ingest/not-a-feed', async () => {
    expect((await failure('<html><body>hello</body></html>')).code).toBe('ingest/not-a-feed');
    expect((await failure('<rss version="2.0"></rss>')).code).toBe('ingest/not-a-feed');
    expect((await failure('')).code).toBe('ingest/not-a-feed');
  });

  it('keeps an Atom entry whose date rss-parser cannot parse (instead of rejecting the feed)', async () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom">
      <entry><id>1</id><title>bad date</title><published>yesterday-ish</published></entry>
      <entry><id>2</id><title>good date</title><published>2025-01-02T03:04:05Z</published></entry></feed>`;
    const feed = await parseFeed(xml);
    expect(feed.items.map((i) => [i.title, i.isoDate])).toEqual([
      ['bad date', undefined],
      ['good date', '2025-01-02T03:04:05.000Z'],
    ]);
  });
});

describe('parseFeed: item cap', () => {
  it(`keeps the newest ${MAX_ITEMS} of a 10,000-item feed`, async () => {
    const base = Date.UTC(2024, 0, 1);
    // Shuffled dates so "newest" cannot be confused with "first in the document".
    const items = Array.from({ length: 10_000 }, (_, i) => {
      const n = (i * 7919) % 10_000;
      return { guid: `g${n}`, title: `item ${n}`, pubDate: new Date(base + n * 60_000).toUTCString() };
    });
    const started = performance.now();
    const feed = await parseFeed(rss('big', items));
    const ms = performance.now() - started;
    expect(feed.items).toHaveLength(MAX_ITEMS);
    expect(feed.itemsBeforeCap).toBe(10_000);
    const kept = new Set(feed.items.map((i) => i.guid));
    expect(kept.has('g9999')).toBe(true);
    expect(kept.has(`g${10_000 - MAX_ITEMS}`)).toBe(true);
    expect(kept.has(`g${10_000 - MAX_ITEMS - 1}`)).toBe(false);
    console.info(`parseFeed: 10,000 items in ${ms.toFixed(0)} ms`);
  });
});
