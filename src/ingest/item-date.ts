// An item's publication time. Feeds put it in different places (isoDate from rss-parser, pubDate, dc:date,
// Atom published/updated) and sometimes get it wrong; an unusable date means "when we first saw it".

/** Tolerated clock skew: a date further ahead than this is a feed error, not a scheduled post. */
const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;
const EARLIEST = Date.UTC(1990, 0, 1);

export function publishedAt(candidates: readonly unknown[], now: Date): string {
  for (const candidate of candidates) {
    if (typeof candidate !== 'string' || candidate.trim() === '') continue;
    const time = Date.parse(candidate.trim());
    if (Number.isNaN(time)) continue;
    if (time > now.getTime() + MAX_FUTURE_MS || time < EARLIEST) break;
    return new Date(time).toISOString();
  }
  return now.toISOString();
}
