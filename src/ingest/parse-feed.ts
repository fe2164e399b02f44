// XML string → ParsedFeed, via rss-parser (RSS 0.9x, 1.0/RDF, 2.0, Atom). Every failure becomes a FeedError:
// malformed XML is 'ingest/parse', well-formed XML that is no feed is 'ingest/not-a-feed'.
import Parser from 'rss-parser';
import { FeedError } from './errors.js';
import { neutraliseDoctype } from './xml-guard.js';

/** Keep at most this many items per feed: the newest by date, undated ones in document order after them. */
export const MAX_ITEMS = 1_000;

/** Values straight from the XML: strings usually, but objects ({_, $}) or arrays when a feed is odd. */
export interface ParsedItem {
  title?: unknown;
  link?: unknown;
  guid?: unknown;
  id?: unknown;
  isoDate?: unknown;
  pubDate?: unknown;
  date?: unknown;
  contentSnippet?: unknown;
  content?: unknown;
  summary?: unknown;
  language?: unknown;
  [field: string]: unknown;
}

export interface ParsedFeed {
  title?: unknown;
  language?: unknown;
  'dc:language'?: unknown;
  items: ParsedItem[];
  /** Item count before the MAX_ITEMS cap, when the cap dropped some. */
  itemsBeforeCap?: number;
  [field: string]: unknown;
}

export async function parseFeed(xml: string): Promise<ParsedFeed> {
  const safeXml = neutraliseDoctype(xml);
  // A fresh parser per call: xml2js parsers keep per-document state, and feeds are parsed concurrently.
  // defaultRSS: 2 reads <rss> without a version attribute (common in the wild) as RSS 2.0.
  const parser = new Parser({ defaultRSS: 2, customFields: { feed: ['dc:language'] } });
  tolerateBadAtomDates(parser);
  let feed: { items?: unknown };
  try {
    // rss-parser builds the feed inside xml2js's callback; a throw there (e.g. an unparsable Atom date)
    // surfaces as this promise's rejection because the parse runs synchronously inside its executor.
    feed = await parser.parseString(xml === safeXml ? xml : safeXml);
  } catch (err) {
    throw classify(err);
  }
  if (!Array.isArray(feed.items)) throw new FeedError('ingest/not-a-feed', 'no item list in the parsed feed');
  return capItems(feed as ParsedFeed);
}

type AtomEntry = Record<string, unknown>;

/**
 * rss-parser calls `new Date(published).toISOString()` on every Atom entry, which throws on a malformed date
 * and so rejects the whole feed. Retry such an entry without its dates: toItems then falls back to seenAt.
 * (parseItemAtom is rss-parser 3.x internals; if it disappears this patch is skipped, not broken.)
 */
function tolerateBadAtomDates(parser: Parser): void {
  const internals = parser as unknown as { parseItemAtom?: (entry: AtomEntry) => ParsedItem };
  const parseItemAtom = internals.parseItemAtom?.bind(parser);
  if (!parseItemAtom) return;
  internals.parseItemAtom = (entry) => {
    try {
      return parseItemAtom(entry);
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
      const { published: _published, updated: _updated, ...undated } = entry;
      return parseItemAtom(undated);
    }
  };
}

function classify(err: unknown): FeedError {
  const message = err instanceof Error ? err.message : String(err);
  if (/not recognized as RSS|Unable to parse XML/i.test(message)) {
    return new FeedError('ingest/not-a-feed', `not an RSS or Atom feed: ${firstLine(message)}`, { cause: err });
  }
  // rss-parser reads well-formed XML by fixed paths (rss.channel[0], ...); a TypeError means one is missing.
  if (err instanceof TypeError) {
    return new FeedError('ingest/not-a-feed', 'well-formed XML without the structure of an RSS or Atom feed (e.g. no <channel>)', { cause: err });
  }
  return new FeedError('ingest/parse', `malformed XML: ${firstLine(message)}`, { cause: err });
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? message;
}

function capItems(feed: ParsedFeed): ParsedFeed {
  if (feed.items.length <= MAX_ITEMS) return feed;
  const time = (item: ParsedItem): number => (typeof item.isoDate === 'string' ? Date.parse(item.isoDate) : Number.NaN);
  const ranked = feed.items
    .map((item, index) => ({ item, index, t: time(item) }))
    .sort((a, b) => (Number.isNaN(a.t) ? 1 : 0) - (Number.isNaN(b.t) ? 1 : 0) || (b.t - a.t || 0) || a.index - b.index);
  return { ...feed, items: ranked.slice(0, MAX_ITEMS).map((r) => r.item), itemsBeforeCap: feed.items.length };
}
