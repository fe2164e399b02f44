// The ingest layer's public surface: fetch → parse → normalise. Free of Redis and BullMQ by design.
export { canonicalUrl } from './canonical-url.js';
export { FeedError, FEED_ERROR_CODES, type FeedErrorCode } from './errors.js';
export { fetchFeed, type ConditionalState, type FetchOptions, type FetchOutcome } from './fetch-feed.js';
export { MAX_ITEMS, parseFeed, type ParsedFeed, type ParsedItem } from './parse-feed.js';
export { MAX_SUMMARY_CHARS, toItems, type ItemContext } from './to-items.js';
