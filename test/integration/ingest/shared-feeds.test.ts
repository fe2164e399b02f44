// Every real-world fixture in ../shared/eval/feeds (see its MANIFEST.md) is served over HTTP and either
// becomes valid Items or is refused with a FeedError; nothing escapes as a crash. Skips when absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ItemSchema, type Item } from '../../../src/domain/model.js';
import { FeedError, fetchFeed, parseFeed, toItems, type FeedErrorCode } from '../../../src/ingest/index.js';
import { startFeedServer, type FeedServer } from '../../helpers/feed-server.js';

const feedsDir = fileURLToPath(new URL('../../../../shared/eval/feeds/', import.meta.url));
const present = existsSync(feedsDir);
if (!present) console.warn(`skipping shared feed fixtures: ${feedsDir} not found`);
const files = present ? readdirSync(feedsDir).filter((f) => f !== 'MANIFEST.md').sort() : [];

// Outcomes from MANIFEST.md (item counts are its <item>/<entry> counts; refusals are its ill-formed files).
const EXPECTED: Record<string, number | FeedErrorCode> = {
  'pp_aljazeera_america_2016.xml': 50,
  'pp_guardian_world_2016.xml': 95,
  'pp_thehindu_news_2016.xml': 511,
  'rssparser_guardian.rss': 55,
  'rssparser_jn_pt_iso-8859-1.rss': 40,
  'rssparser_uol_noticias_undeclared_latin1.rss': 15,
  'rssparser_heise.atom': 15,
  'rssparser_rss1_rdf.rss': 69,
  'rssparser_giantbomb_podcast_730_items.rss': 730,
  'rssparser_content_encoded_medium.rss': 7,
  'rssparser_missing_fields.atom': 1,
  'rssparser_rss092_iso-8859-1.rss': 2,
  'pear_hoder_persian.xml': 7,
  'pear_hungarian_iso-8859-2_doctype.xml': 1,
  'pear_illformed_atom10.xml': 'ingest/parse',
  'feedparser_rss_incomplete_cdata.xml': 'ingest/parse',
  // One item with only a description: no title, link or guid, so toItems drops it.
  'feedparser_windows1255_hebrew_undeclared.xml': 0,
  // Well-formed UTF-16 but an empty <rss> with no <channel>.
  'feedparser_utf-16le-bom.xml': 'ingest/not-a-feed',
  'feedparser_undeclared_namespace.xml': 0,
};

type Outcome = { items: Item[]; charset: string } | { error: FeedError };

describe.skipIf(!present)('shared real-world feeds', () => {
  let srv: FeedServer;
  const outcomes = new Map<string, Outcome>();
  const now = new Date('2025-03-10T12:00:00.000Z');

  beforeAll(async () => {
    srv = await startFeedServer();
    for (const file of files) {
      // No charset in Content-Type: detection must come from the bytes, as with many real servers.
      srv.route(`/${file}`, { body: readFileSync(feedsDir + file), headers: { 'content-type': 'application/xml' }, encoding: 'gzip' });
      try {
        const fetched = await fetchFeed(srv.url(`/${file}`), {}, { timeoutMs: 5_000, maxBytes: 5_000_000, maxRedirects: 3, allowPrivateAddresses: true, userAgent: 'claimwatch-test' });
        if (fetched.kind !== 'fetched') throw new Error('unexpected 304');
        const items = toItems(await parseFeed(fetched.xml), { feedId: 'feed', sourceId: 'src', language: 'en', now });
        outcomes.set(file, { items, charset: fetched.charset });
      } catch (err) {
        if (!(err instanceof FeedError)) throw err; // anything else is the crash this suite exists to catch
        outcomes.set(file, { error: err });
      }
    }
  });
  afterAll(async () => {
    await srv?.close();
  });

  it.each(files)('%s: parsed to valid items or refused with a coded FeedError', (file) => {
    const outcome = outcomes.get(file);
    expect(outcome).toBeDefined();
    if (!outcome || 'error' in outcome) {
      expect(outcome?.error.code).toMatch(/^ingest\//);
      expect(outcome?.error.message.length).toBeGreaterThan(0);
      return;
    }
    for (const item of outcome.items) ItemSchema.parse(item);
    for (const item of outcome.items) expect(`${item.title} ${item.summary}`).not.toContain('\uFFFD');
    expect(new Set(outcome.items.map((i) => i.id)).size).toBe(outcome.items.length);
  });

  it.each(files.filter((f) => f in EXPECTED))('%s: expected outcome from MANIFEST.md', (file) => {
    const outcome = outcomes.get(file);
    const expected = EXPECTED[file];
    if (typeof expected === 'number') expect(outcome && 'items' in outcome ? outcome.items.length : outcome?.error.code).toBe(expected);
    else expect(outcome && 'error' in outcome ? outcome.error.code : `parsed ${outcome?.items.length} items`).toBe(expected);
  });

  const items = (file: string): Item[] => {
    const outcome = outcomes.get(file);
    return outcome && 'items' in outcome ? outcome.items : [];
  };

  it.skipIf(!files.includes('pear_hoder_persian.xml'))('Persian text survives intact, dates come from dc:date', () => {
    const persian = items('pear_hoder_persian.xml');
    expect(persian.some((i) => /[\u06CC\u06A9]/.test(i.title))).toBe(true); // Persian yeh / keheh
    expect(persian.some((i) => i.title.includes('\u200C'))).toBe(true); // ZWNJ kept
    expect(persian.every((i) => i.publishedAt.startsWith('2005-'))).toBe(true);
  });

  it.skipIf(!files.includes('pear_hungarian_iso-8859-2_doctype.xml'))('iso-8859-2 Hungarian decodes (ő, ű) despite its DOCTYPE', () => {
    const [item] = items('pear_hungarian_iso-8859-2_doctype.xml');
    expect(item?.title).toContain('fejlesztői');
    expect(item?.summary).toContain('eltűnésével');
  });

  it.skipIf(!files.includes('rssparser_uol_noticias_undeclared_latin1.rss'))('undeclared Latin-1 Portuguese decodes via the windows-1252 fallback', () => {
    const outcome = outcomes.get('rssparser_uol_noticias_undeclared_latin1.rss');
    expect(outcome && 'charset' in outcome ? outcome.charset : undefined).toBe('windows-1252');
    expect(items('rssparser_uol_noticias_undeclared_latin1.rss').some((i) => /ções|ão/.test(i.title))).toBe(true);
  });

  it.skipIf(!files.includes('rssparser_rss1_rdf.rss'))('RSS 1.0 items take their dates from dc:date', () => {
    expect(items('rssparser_rss1_rdf.rss').every((i) => i.publishedAt !== now.toISOString())).toBe(true);
  });
});
