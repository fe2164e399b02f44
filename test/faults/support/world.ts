// What a fault run or a bench needs besides the processes: a registry in a temp CONFIG_DIR (one outlet, one
// actor, no registry feeds), N feeds already seeded in Redis (so the first poll alerts on what is new instead of
// silently seeding), and one actor subscription in one chat channel. Every release()d item names the actor, so
// every item is exactly one expected alert.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { stringify } from 'yaml';
import type { Actor, Source } from '../../../src/domain/model.js';
import type { ChannelRef } from '../../../src/domain/subscription.js';
import { subscriptionId } from '../../../src/domain/subscription.js';
import { createStores, type Stores } from '../../../src/store/index.js';

export const SOURCE: Source = {
  id: 'testwire', name: 'Test Wire', aliases: [], domains: ['example.org'], country: 'XX', languages: ['en'],
  label: 'wire service', basis: 'A made-up wire service for fault runs', citations: ['https://example.org/about'], confidence: 'high', feeds: [],
};
export const ACTOR: Actor = { id: 'amir-ali-hajizadeh', name: 'Amir Ali Hajizadeh', kind: 'person', aliases: [] };

/** The item URL carries its number, so the sink can say which item an alert was about. */
export const itemUrl = (n: number): string => `https://example.org/item/${n}`;
export const itemNumber = (url: unknown): number | undefined => {
  const m = typeof url === 'string' ? /\/item\/(\d+)$/.exec(url) : null;
  return m ? Number(m[1]) : undefined;
};
export const itemTitle = (n: number): string => `Amir Ali Hajizadeh comments on report number ${n}`;

export async function writeConfigDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cw-config-'));
  await writeFile(path.join(dir, 'sources.yaml'), stringify({ sources: [SOURCE] }));
  await writeFile(path.join(dir, 'actors.yaml'), stringify({ actors: [ACTOR] }));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface SeedOptions {
  redisUrl: string;
  prefix: string;
  feedUrls: readonly string[];
  channel: ChannelRef;
  /** ETag each feed's state starts with, so a first poll can be a 304. */
  etag?: string;
}

/** Feeds (seeded), the subscription; returns the stores on a connection the caller closes. */
export async function seedWorld(opts: SeedOptions): Promise<{ redis: Redis; stores: Stores; feedIds: string[] }> {
  const redis = new Redis(opts.redisUrl, { maxRetriesPerRequest: null });
  const stores = createStores(redis, opts.prefix, [ACTOR]);
  const feedIds = opts.feedUrls.map((_, i) => `f${i}`);
  for (let i = 0; i < feedIds.length; i += 500) {
    const batch = redis.multi();
    for (const [j, url] of opts.feedUrls.slice(i, i + 500).entries()) {
      const id = feedIds[i + j] as string;
      batch.hset(stores.keys.feeds, id, JSON.stringify({ id, sourceId: SOURCE.id, url, language: 'en', pollSeconds: 300 }));
      batch.set(stores.keys.feedState(id), JSON.stringify({ seeded: true, failures: 0, ...(opts.etag ? { etag: opts.etag } : {}) }));
    }
    await batch.exec();
  }
  const target = { kind: 'actor' as const, id: ACTOR.id };
  await stores.subscriptions.put({ id: subscriptionId(opts.channel, target), tenant: 'fault-tenant', channel: opts.channel, target, kinds: ['actor'] });
  return { redis, stores, feedIds };
}

/** Environment of a child `claimwatch run`: our Redis, prefix and registry, fast polls, no claims seeded. */
export function workerEnv(o: { redisUrl: string; prefix: string; configDir: string; pollSeconds: number; extra?: Record<string, string> }): Record<string, string> {
  return {
    REDIS_URL: o.redisUrl,
    REDIS_PREFIX: o.prefix,
    CONFIG_DIR: o.configDir,
    CLAIMS_FILE: '',
    ALLOW_PRIVATE_FEEDS: 'true',
    FEED_POLL_SECONDS: String(o.pollSeconds),
    FEED_TIMEOUT_MS: '5000',
    ALERT_FORMAT: 'json',
    ...o.extra,
  };
}

/** Percentile of a list of numbers (nearest rank); NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}
