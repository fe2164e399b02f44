// Which pipeline workers a process runs. One process runs them all by default; `claimwatch run --roles poll`
// etc. splits them across processes or hosts, all sharing one Redis (BullMQ hands each job to one worker).
import type { Worker } from 'bullmq';
import type { Logger } from 'pino';
import { startAlertWorker } from './alert/alert-worker.js';
import { ThreadStore } from './alert/thread-store.js';
import type { ChatTransport } from './chat/core/transport.js';
import type { Env } from './config/env.js';
import { startDigestWorker } from './digest/digest-worker.js';
import type { Feed } from './domain/feeds.js';
import type { Item, Source } from './domain/model.js';
import type { Platform } from './domain/subscription.js';
import type { FetchOptions } from './ingest/index.js';
import { startPollWorker } from './ingest/poll-worker.js';
import { EngineCache } from './match/engine-cache.js';
import { startMatchWorker } from './match/match-worker.js';
import type { Metrics } from './ops/metrics.js';
import { queuePrefix, type AlertJob, type Queues } from './queue/queues.js';
import type { Stores } from './store/index.js';

/**
 * `chat` receives commands (Discord gateway, Slack receiver): run it in exactly one process, or every process
 * logged in would answer the same slash command. Delivery needs no `chat` role: the alert worker posts through
 * the platforms' REST APIs from any process that has the credentials.
 */
export const ROLES = ['poll', 'match', 'alert', 'digest', 'chat'] as const;
export type Role = (typeof ROLES)[number];

export interface WorkerDeps {
  env: Env;
  stores: Stores;
  queues: Queues;
  sources: readonly Source[];
  transports: ReadonlyMap<Platform, ChatTransport>;
  fetchOptions: FetchOptions;
  logger: Logger;
  metrics: Metrics;
  now: () => Date;
}

export function startWorkers(roles: ReadonlySet<Role>, d: WorkerDeps): Worker[] {
  const { env, stores, queues, logger, metrics, now } = d;
  const redis = stores.redis;
  const prefix = queuePrefix(env.REDIS_PREFIX);
  const workers: Worker[] = [];
  if (roles.has('poll')) {
    const enqueueItems = async (items: Item[]) => {
      await queues.match.addBulk(items.map((item) => ({ name: 'item', data: { item }, opts: { jobId: item.id } })));
    };
    // A disabled feed is announced in the channels of the tenant that added it (registry feeds: the console).
    const onDisabled = async (feed: Feed, reason: string) => {
      logger.warn({ feedId: feed.id, url: feed.url, reason }, 'feed disabled');
      const subs = feed.tenant ? await stores.subscriptions.listTenant(feed.tenant) : [];
      const channels = new Map(subs.map((s) => [`${s.channel.platform}:${s.channel.id}`, s.channel]));
      if (channels.size === 0) channels.set('console', { platform: 'console', id: 'console' });
      const text = `Feed ${feed.id} (${feed.url}) is disabled after ${reason}. Fix it, then run /feed retry ${feed.id}.`;
      await queues.alert.addBulk([...channels.values()].map((channel) => ({ name: 'notice', data: { type: 'notice' as const, channel, text: text.slice(0, 2_000) } })));
    };
    workers.push(startPollWorker(redis, prefix, { feeds: stores.feeds, seen: stores.seen, fetchOptions: d.fetchOptions, now, disableAfterFailures: env.FEED_DISABLE_AFTER_FAILURES, enqueueItems, onDisabled }, logger, metrics));
  }
  if (roles.has('match')) {
    const enqueueAlerts = async (jobs: AlertJob[]) => {
      // BullMQ job ids may not contain ':'; delivery keys do.
      await queues.alert.addBulk(jobs.map((data) => ({ name: data.type, data, opts: data.type === 'alert' ? { jobId: data.deliveryKey.replaceAll(':', '_') } : {} })));
    };
    const sourcesById = new Map(d.sources.map((s) => [s.id, s]));
    workers.push(startMatchWorker(redis, prefix, { stores, engines: new EngineCache(stores, d.sources), sourcesById, now, enqueueAlerts }, logger, metrics));
  }
  if (roles.has('alert')) {
    workers.push(startAlertWorker(redis, prefix, { stores, threads: new ThreadStore(redis, stores.keys), transports: d.transports, now }, logger, metrics));
  }
  if (roles.has('digest')) {
    workers.push(startDigestWorker(redis, prefix, { stores, sources: d.sources, transports: d.transports, now }, logger));
  }
  for (const w of workers) w.on('error', (err) => logger.error({ worker: w.name, err }, 'worker error'));
  return workers;
}
