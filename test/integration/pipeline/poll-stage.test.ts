// The ingest stage over real Redis and a local feed server: seeding, new items only, 304, failures and disabling.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Feed } from '../../../src/domain/feeds.js';
import type { Item } from '../../../src/domain/model.js';
import { FeedError } from '../../../src/ingest/index.js';
import { pollFeed, type PollDeps } from '../../../src/ingest/poll-stage.js';
import { createStores } from '../../../src/store/index.js';
import { startFeedServer, type FeedServer } from '../../helpers/feed-server.js';
import { deletePrefix, testRedis, uniquePrefix } from '../../helpers/redis.js';
import { rss } from '../../helpers/rss.js';

const redis = testRedis();
const prefix = uniquePrefix('poll');
const stores = createStores(redis, prefix, []);
let srv: FeedServer;
let queued: Item[] = [];
let deps: PollDeps;
const feed = (path: string): Feed => ({ id: path.slice(1), sourceId: 'testwire', url: srv.url(path), language: 'en', pollSeconds: 60 });

beforeAll(async () => {
  srv = await startFeedServer();
  deps = {
    feeds: stores.feeds,
    seen: stores.seen,
    fetchOptions: { timeoutMs: 1_000, maxBytes: 1_000_000, maxRedirects: 2, allowPrivateAddresses: true, userAgent: 'test' },
    enqueueItems: async (items) => void queued.push(...items),
    now: () => new Date('2024-06-02T12:00:00Z'),
    disableAfterFailures: 3,
  };
});
afterAll(async () => {
  await srv.close();
  await deletePrefix(redis, prefix);
  await redis.quit();
});

describe('pollFeed', () => {
  it('seeds on the first poll, then queues only new items, oldest first', async () => {
    const f = feed('/a.xml');
    srv.route('/a.xml', { body: rss('A', [{ guid: '1', title: 'one' }]) });
    expect(await pollFeed(f, deps)).toEqual({ kind: 'seeded', items: 1 });
    expect(queued).toHaveLength(0);
    srv.route('/a.xml', {
      body: rss('A', [
        { guid: '3', title: 'three', pubDate: 'Tue, 09 Apr 2024 10:00:00 +0000' },
        { guid: '2', title: 'two', pubDate: 'Mon, 08 Apr 2024 10:00:00 +0000' },
        { guid: '1', title: 'one' },
      ]),
    });
    expect(await pollFeed(f, deps)).toEqual({ kind: 'polled', items: 3, fresh: 2 });
    expect(queued.map((i) => i.title)).toEqual(['two', 'three']);
    queued = [];
    expect(await pollFeed(f, deps)).toEqual({ kind: 'polled', items: 3, fresh: 0 });
  });

  it('sends the saved ETag and stops at a 304 without parsing', async () => {
    const f = feed('/etag.xml');
    srv.route('/etag.xml', { body: rss('E', [{ guid: '1', title: 'one' }]), etag: '"v1"' });
    await pollFeed(f, deps);
    expect((await stores.feeds.state(f.id)).etag).toBe('"v1"');
    expect(await pollFeed(f, deps)).toEqual({ kind: 'not-modified' });
    expect(srv.requests.filter((r) => r.path === '/etag.xml').at(-1)?.headers['if-none-match']).toBe('"v1"');
  });

  it('records each failure with its code and disables the feed after the configured number', async () => {
    const f = feed('/broken.xml');
    srv.route('/broken.xml', { body: '<rss><channel><item><title>unterminated' });
    for (let i = 1; i <= 3; i++) {
      const err = await pollFeed(f, deps).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(FeedError);
      expect((err as FeedError).code).toBe('ingest/parse');
      expect((await stores.feeds.state(f.id)).failures).toBe(i);
    }
    const state = await stores.feeds.state(f.id);
    expect(state.lastError?.code).toBe('ingest/parse');
    expect(state.disabled?.reason).toMatch(/3 consecutive failures, last: ingest\/parse/);
    const before = srv.requests.length;
    expect(await pollFeed(f, deps)).toEqual({ kind: 'disabled' });
    expect(srv.requests.length).toBe(before);
  });

  it('recovers: a success after failures resets the count', async () => {
    const f = feed('/flaky.xml');
    srv.route('/flaky.xml', { status: 503, body: 'down' });
    await pollFeed(f, deps).catch(() => undefined);
    expect((await stores.feeds.state(f.id)).failures).toBe(1);
    srv.route('/flaky.xml', { body: rss('F', []) });
    await pollFeed(f, deps);
    expect((await stores.feeds.state(f.id)).failures).toBe(0);
  });
});
