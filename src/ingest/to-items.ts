// ParsedFeed → domain Items: stable ids, canonical links, plain-text title and summary, a sane date.
// Total over its input: whatever shape a feed's fields take, it returns valid Items and never throws.
import { createHash } from 'node:crypto';
import type { Item } from '../domain/model.js';
import { canonicalUrl } from './canonical-url.js';
import { publishedAt } from './item-date.js';
import type { ParsedFeed, ParsedItem } from './parse-feed.js';
import { htmlToText, truncateAtWord } from './plain-text.js';

export const MAX_SUMMARY_CHARS = 5_000;
const MAX_TITLE_CHARS = 1_000;

export interface ItemContext {
  feedId: string;
  sourceId: string;
  /** The language configured for the feed, used when neither item nor feed declares one. */
  language: string;
  now: Date;
}

export function toItems(feed: ParsedFeed, ctx: ItemContext): Item[] {
  const items: unknown = (feed as { items?: unknown } | null | undefined)?.items;
  if (!Array.isArray(items)) return [];
  const feedLanguage = languageTag(feed.language) ?? languageTag(feed['dc:language']) ?? ctx.language;
  const base = canonicalUrl(textOf(feed.link) ?? '');
  const out: Item[] = [];
  for (const raw of items) {
    if (typeof raw !== 'object' || raw === null) continue;
    const item = toItem(raw as ParsedItem, { ...ctx, language: feedLanguage }, base);
    if (item) out.push(item);
  }
  return out;
}

function toItem(raw: ParsedItem, ctx: ItemContext, base: string | undefined): Item | undefined {
  const guid = textOf(raw.guid) ?? textOf(raw.id) ?? textOf(raw['rdf:about']);
  const link = textOf(raw.link);
  const url = (link !== undefined ? canonicalUrl(link, base) : undefined) ?? (guid !== undefined ? canonicalUrl(guid) : undefined);
  const title = truncateAtWord(htmlToText(textOf(raw.title) ?? ''), MAX_TITLE_CHARS);
  if (!guid && !url && !title) return undefined;
  const published = publishedAt([raw.isoDate, raw.pubDate, raw.date, raw.published, raw.updated], ctx.now);
  const identity = guid ? `guid:${guid}` : url ? `url:${url}` : `title:${title}|${published}`;
  const language = languageTag(raw.language) ?? ctx.language;
  return {
    id: createHash('sha256').update(identity).digest('hex').slice(0, 32),
    feedId: ctx.feedId,
    sourceId: ctx.sourceId,
    url: url ?? '',
    title,
    summary: summaryOf(raw),
    publishedAt: published,
    seenAt: ctx.now.toISOString(),
    language,
  };
}

/** First non-empty plain text among the places feeds keep a summary (Atom summary, RSS description, ...). */
function summaryOf(raw: ParsedItem): string {
  for (const field of [raw.summary, raw.content, raw.contentSnippet, raw['content:encoded'], raw.description]) {
    const text = htmlToText(textOf(field) ?? '');
    if (text) return truncateAtWord(text, MAX_SUMMARY_CHARS);
  }
  return '';
}

/** The text of an XML value as xml2js leaves it: a string, {_: text, $: attrs}, or a one-element array. */
function textOf(value: unknown, depth = 0): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (depth > 3 || typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) return textOf(value[0], depth + 1);
  return textOf((value as { _?: unknown })._, depth + 1);
}

/** A BCP 47-looking tag, lower-cased ("en-US" → "en-us"); undefined for anything else. */
function languageTag(value: unknown): string | undefined {
  const tag = textOf(value)?.toLowerCase().replace(/_/g, '-');
  return tag && /^[a-z]{2,3}(-[a-z0-9]{1,8}){0,3}$/.test(tag) ? tag : undefined;
}
