// The ingest stage: poll one feed, keep what is new, queue it for matching. The first successful poll of a feed
// only records what is there (no backfill flood). Items are marked seen only AFTER their match jobs are queued,
// and the feed's ETag is saved only after that: a crash in between re-reads the feed instead of losing items.
import type { Feed } from '../domain/feeds.js';
import type { Item } from '../domain/model.js';
import type { FeedState, FeedStore } from '../store/feed-store.js';
import type { SeenStore } from '../store/seen-store.js';
import { FeedError, fetchFeed, parseFeed, toItems, type FetchOptions } from './index.js';

export interface PollDeps {
  feeds: FeedStore;
  seen: SeenStore;
  fetchOptions: FetchOptions;
  enqueueItems: (items: Item[]) => Promise<void>;
  now: () => Date;
  /** After this many consecutive failures the feed is disabled until retried by command. */
  disableAfterFailures: number;
  /** Told at most once, when a feed has just been disabled (after its state is saved). */
  onDisabled?: (feed: Feed, reason: string) => Promise<void>;
}

export type PollOutcome =
  | { kind: 'disabled' }
  | { kind: 'not-modified' }
  | { kind: 'seeded'; items: number }
  | { kind: 'polled'; items: number; fresh: number };

export async function pollFeed(feed: Feed, deps: PollDeps): Promise<PollOutcome> {
  const state = await deps.feeds.state(feed.id);
  if (state.disabled) return { kind: 'disabled' };
  const now = deps.now();
  try {
    const fetched = await fetchFeed(feed.url, state, deps.fetchOptions);
    if (fetched.kind === 'not-modified') {
      await deps.feeds.saveState(feed.id, { ...state, failures: 0, lastPolledAt: now.toISOString() });
      return { kind: 'not-modified' };
    }
    const parsed = await parseFeed(fetched.xml);
    const items = toItems(parsed, { feedId: feed.id, sourceId: feed.sourceId, language: feed.language, now });
    const freshIds = new Set(await deps.seen.unseen(feed.id, items.map((i) => i.id)));
    const fresh = items.filter((i) => freshIds.has(i.id)).sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
    if (state.seeded) await deps.enqueueItems(fresh);
    await deps.seen.markSeen(feed.id, [...freshIds], now);
    const next: FeedState = {
      seeded: true,
      failures: 0,
      lastPolledAt: now.toISOString(),
      ...(fetched.etag ? { etag: fetched.etag } : {}),
      ...(fetched.lastModified ? { lastModified: fetched.lastModified } : {}),
      ...(fresh.length && state.seeded ? { lastNewItemsAt: now.toISOString() } : state.lastNewItemsAt ? { lastNewItemsAt: state.lastNewItemsAt } : {}),
    };
    await deps.feeds.saveState(feed.id, next);
    return state.seeded ? { kind: 'polled', items: items.length, fresh: fresh.length } : { kind: 'seeded', items: items.length };
  } catch (err) {
    if (!(err instanceof FeedError)) throw err;
    const failures = state.failures + 1;
    const disabled = failures >= deps.disableAfterFailures ? { reason: `${failures} consecutive failures, last: ${err.code}`, at: now.toISOString() } : undefined;
    await deps.feeds.saveState(feed.id, {
      ...state,
      failures,
      lastPolledAt: now.toISOString(),
      lastError: { code: err.code, message: err.message, at: now.toISOString() },
      ...(disabled ? { disabled } : {}),
    });
    if (disabled) await deps.onDisabled?.(feed, disabled.reason);
    throw err;
  }
}
