import { describe, expect, it } from 'vitest';
import { ItemSchema } from '../../../src/domain/model.js';
import type { ParsedFeed, ParsedItem } from '../../../src/ingest/parse-feed.js';
import { MAX_SUMMARY_CHARS, toItems } from '../../../src/ingest/to-items.js';

const now = new Date('2025-03-10T12:00:00.000Z');
const ctx = { feedId: 'feed-1', sourceId: 'src-1', language: 'fa', now };
const one = (item: ParsedItem, feed: Partial<ParsedFeed> = {}) => {
  const items = toItems({ items: [item], ...feed }, ctx);
  expect(items).toHaveLength(1);
  return ItemSchema.parse(items[0]);
};

describe('toItems ids', () => {
  it('hashes the guid: stable across polls, independent of title, date and link changes', () => {
    const a = one({ guid: 'urn:x:42', title: 'First', link: 'https://ex.org/a', isoDate: '2025-03-01T00:00:00Z' });
    const b = one({ guid: 'urn:x:42', title: 'Edited title', link: 'https://ex.org/b' });
    expect(a.id).toBe(b.id);
    expect(a.id).toMatch(/^[0-9a-f]{32}$/);
    expect(one({ guid: 'urn:x:43' }).id).not.toBe(a.id);
  });

  it('uses the Atom id like a guid', () => {
    expect(one({ id: 'tag:ex.org,2025:1' }).id).toBe(one({ guid: 'tag:ex.org,2025:1' }).id);
  });

  it('without a guid, hashes the canonical link, so tracking variants collide', () => {
    const a = one({ link: 'https://EX.org/story?utm_source=rss', title: 'a' });
    const b = one({ link: 'https://ex.org/story#x', title: 'b' });
    expect(a.id).toBe(b.id);
  });

  it('without guid or link, hashes title and date', () => {
    const a = one({ title: 'Only a title', isoDate: '2025-03-01T00:00:00Z' });
    expect(one({ title: 'Only a title', isoDate: '2025-03-01T00:00:00Z' }).id).toBe(a.id);
    expect(one({ title: 'Only a title', isoDate: '2025-03-02T00:00:00Z' }).id).not.toBe(a.id);
  });
});

describe('toItems fields', () => {
  it('canonicalises the link and resolves it against the feed link', () => {
    expect(one({ link: 'HTTP://Ex.ORG/a?id=1&utm_medium=x#frag' }).url).toBe('http://ex.org/a?id=1');
    expect(one({ link: '/2025/x.html', guid: 'g' }, { link: 'https://news.ex.org/' }).url).toBe('https://news.ex.org/2025/x.html');
  });

  it('never emits a non-http link; falls back to a permalink guid', () => {
    expect(one({ link: 'javascript:alert(1)', title: 't' }).url).toBe('');
    expect(one({ guid: 'https://ex.org/p/9' }).url).toBe('https://ex.org/p/9');
  });

  it('turns titles and summaries into plain text', () => {
    const item = one({
      title: '  <b>Minister</b> &amp;quot;denies&amp;quot;\n report ',
      content: '<p>Text &mdash; with <a href="x">link</a></p><script>alert(1)</script>',
    });
    // One decoding pass: a title escaped three times in the XML keeps one level of escaping.
    expect(item.title).toBe('Minister &quot;denies&quot; report');
    expect(item.summary).toBe('Text — with link');
  });

  it('decodes a title escaped twice', () => {
    expect(one({ title: 'Tom &amp; Jerry &#8217;s' }).title).toBe('Tom & Jerry ’s');
  });

  it('reads text from xml2js shapes ({_: text}, arrays)', () => {
    const item = one({ title: { _: 'Wrapped', $: { type: 'html' } }, guid: ['g-1'] });
    expect(item.title).toBe('Wrapped');
    expect(item.id).toBe(one({ guid: 'g-1' }).id);
  });

  it('takes the summary from the first non-empty source and caps it at a word boundary', () => {
    expect(one({ title: 't', summary: '   ', content: '<p>from content</p>' }).summary).toBe('from content');
    const long = one({ title: 't', content: 'lorem ipsum '.repeat(1000) }).summary;
    expect(long.length).toBeLessThanOrEqual(MAX_SUMMARY_CHARS);
    expect(long).toMatch(/(ipsum|lorem)…$/);
  });

  it('drops items with no title, link or guid, and non-object entries', () => {
    const items = toItems({ items: [{ summary: 'orphan' }, null as unknown as ParsedItem, 'x' as unknown as ParsedItem, { title: 'kept' }] }, ctx);
    expect(items.map((i) => i.title)).toEqual(['kept']);
  });

  it('picks the item language, then the feed language, then the configured one', () => {
    expect(one({ title: 't', language: 'ar' }, { language: 'en-US' }).language).toBe('ar');
    expect(one({ title: 't' }, { language: 'en-US' }).language).toBe('en-us');
    expect(one({ title: 't' }, { 'dc:language': 'he' }).language).toBe('he');
    expect(one({ title: 't' }, { language: 'not a language!' }).language).toBe('fa');
  });
});

describe('toItems dates', () => {
  it('uses isoDate, then pubDate, then dc:date', () => {
    expect(one({ title: 't', isoDate: '2025-03-01T10:00:00.000Z', pubDate: 'Sun, 02 Mar 2025 10:00:00 GMT' }).publishedAt).toBe('2025-03-01T10:00:00.000Z');
    expect(one({ title: 't', pubDate: 'Sun, 02 Mar 2025 10:00:00 +0330' }).publishedAt).toBe('2025-03-02T06:30:00.000Z');
    expect(one({ title: 't', date: '2005-10-12T13:04:00-05:00' }).publishedAt).toBe('2005-10-12T18:04:00.000Z');
  });

  it('falls back to seenAt for unparsable, far-future and absurdly old dates', () => {
    expect(one({ title: 't', pubDate: 'Seg, 24 Set 2018 19:42:40 -0300' }).publishedAt).toBe(now.toISOString());
    expect(one({ title: 't', isoDate: '2025-03-12T12:00:00.000Z' }).publishedAt).toBe(now.toISOString());
    expect(one({ title: 't', isoDate: '0001-01-01T00:00:00.000Z' }).publishedAt).toBe(now.toISOString());
  });

  it('accepts a date less than a day ahead (clock skew)', () => {
    expect(one({ title: 't', isoDate: '2025-03-11T06:00:00.000Z' }).publishedAt).toBe('2025-03-11T06:00:00.000Z');
  });

  it('sets seenAt to now', () => {
    expect(one({ title: 't' }).seenAt).toBe(now.toISOString());
  });
});
