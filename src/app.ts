// The composition root: config -> Redis -> stores -> queues -> workers -> chat transports -> HTTP. Wired by hand
// (no container) so a reader can follow a feed item from here through every stage.
import { randomBytes } from 'node:crypto';
import type { Writable } from 'node:stream';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { ConsoleTransport } from './chat/console/console-transport.js';
import type { CommandContext, CommandDeps } from './chat/core/commands/types.js';
import type { ChatTransport } from './chat/core/transport.js';
import type { Env } from './config/env.js';
import { loadClaimSeeds, type Registry } from './config/files.js';
import { createDigestOps } from './digest/digest-ops.js';
import { registryFeeds, type Feed } from './domain/feeds.js';
import type { Platform } from './domain/subscription.js';
import { scheduleFeed, syncFeedSchedules, unscheduleFeed } from './ingest/feed-scheduler.js';
import { fetchFeed, parseFeed, type FetchOptions } from './ingest/index.js';
import { startHttpServer } from './ops/http-server.js';
import { createMetrics, registerQueueGauges, type Metrics } from './ops/metrics.js';
import { createQueues, type Queues } from './queue/queues.js';
import { ROLES, startWorkers, type Role } from './workers.js';
import { connectRedis, waitForRedis } from './queue/redis-connection.js';
import { createStores, type Stores } from './store/index.js';
import { trackClaim } from './chat/core/commands/claim.js';

/** A chat platform adapter: its transport delivers alerts; `start` (in the `chat` role) receives commands. */
export interface ChatAdapter {
  readonly transport: ChatTransport;
  start(commands: CommandDeps): Promise<void>;
  stop(): Promise<void>;
}

export interface AppOptions {
  env: Env;
  registry: Registry;
  logger: Logger;
  adapters?: ChatAdapter[];
  /** Where the console sink writes (stdout by default). */
  consoleOut?: Writable;
  now?: () => Date;
  /** Tests and `replay` run without the HTTP server. */
  http?: boolean;
  /** Tests and `replay` poll by hand instead of on the schedule. */
  schedule?: boolean;
  /** Which workers this process runs (default: all). */
  roles?: ReadonlySet<Role>;
}

export interface Core {
  redis: Redis;
  stores: Stores;
  queues: Queues;
  commands: CommandDeps;
  fetchOptions: FetchOptions;
  /** Commands typed on the console act for the console tenant in its single channel. */
  consoleContext(): CommandContext;
  close(): Promise<void>;
}

export interface App extends Omit<Core, 'close'> {
  metrics: Metrics;
  httpPort?: number;
  stop(): Promise<void>;
}

export const CONSOLE_TENANT = 'console';

export function fetchOptionsFrom(env: Env): FetchOptions {
  return { timeoutMs: env.FEED_TIMEOUT_MS, maxBytes: env.FEED_MAX_BYTES, maxRedirects: env.FEED_MAX_REDIRECTS, allowPrivateAddresses: env.ALLOW_PRIVATE_FEEDS, userAgent: 'claimwatch/0.1 (+https://github.com/claimwatch)' };
}

/** Redis, stores, queues and the command core: what both the running bot and one-shot CLI commands need. */
export async function createCore(env: Env, registry: Registry, logger: Logger, now: () => Date = () => new Date()): Promise<Core> {
  const redis = connectRedis(env.REDIS_URL, logger, 'app');
  await waitForRedis(redis, logger);
  const stores = createStores(redis, env.REDIS_PREFIX, registry.actors);
  const queues = createQueues(redis, env.REDIS_PREFIX);
  const fetchOptions = fetchOptionsFrom(env);
  for (const feed of registryFeeds(registry.sources)) await stores.feeds.put(feed);
  const commands: CommandDeps = {
    stores,
    sources: registry.sources,
    newId: () => randomBytes(3).toString('hex'),
    feeds: {
      async check(url) {
        const fetched = await fetchFeed(url, {}, fetchOptions);
        if (fetched.kind !== 'fetched') throw new Error('the server answered 304 Not Modified to a request without validators');
        const parsed = await parseFeed(fetched.xml);
        return { title: typeof parsed.title === 'string' ? parsed.title : url, items: parsed.items.length };
      },
      schedule: (feed: Feed) => scheduleFeed(queues.poll, feed, env.FEED_POLL_SECONDS),
      unschedule: (feedId: string) => unscheduleFeed(queues.poll, feedId),
    },
    digest: createDigestOps({ stores, queue: queues.digest, sources: registry.sources }),
  };
  return {
    redis,
    stores,
    queues,
    commands,
    fetchOptions,
    consoleContext: () => ({ tenant: CONSOLE_TENANT, platform: 'console', channelId: 'console', userId: 'console', isAdmin: true, now: now() }),
    async close() {
      await Promise.all(Object.values(queues).map((q) => q.close()));
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

export async function startApp(opts: AppOptions): Promise<App> {
  const { env, registry, logger } = opts;
  const now = opts.now ?? (() => new Date());
  const core = await createCore(env, registry, logger, now);
  const { redis, stores, queues, commands, fetchOptions, consoleContext } = core;
  const metrics = createMetrics();
  registerQueueGauges(metrics, queues);

  const transports = new Map<Platform, ChatTransport>([['console', new ConsoleTransport(opts.consoleOut ?? process.stdout, env.ALERT_FORMAT)]]);
  for (const adapter of opts.adapters ?? []) transports.set(adapter.transport.platform, adapter.transport);

  const allFeeds = await stores.feeds.all();
  if (opts.schedule !== false) await syncFeedSchedules(queues.poll, allFeeds, env.FEED_POLL_SECONDS);

  if (env.CLAIMS_FILE) {
    for (const seed of await loadClaimSeeds(env.CLAIMS_FILE)) {
      if (await stores.claims.get(seed.id)) continue;
      await trackClaim({ ...seed, actorIds: seed.actors, channelId: 'console' }, consoleContext(), commands);
    }
  }

  const roles = opts.roles ?? new Set(ROLES);
  const workers = startWorkers(roles, { env, stores, queues, sources: registry.sources, transports, fetchOptions, logger, metrics, now });

  const receivers = roles.has('chat') ? (opts.adapters ?? []) : [];
  for (const adapter of receivers) await adapter.start(commands);

  const server = opts.http === false ? undefined : await startHttpServer(env.HTTP_HOST, env.HTTP_PORT, metrics, async () => {
    const pong = await redis.ping().catch(() => 'down');
    return { ok: pong === 'PONG' && workers.every((w) => w.isRunning()), detail: { redis: pong === 'PONG' ? 'up' : 'down', workers: workers.map((w) => `${w.name}:${w.isRunning() ? 'running' : 'stopped'}`) } };
  });

  logger.info({ feeds: allFeeds.length, platforms: [...transports.keys()], httpPort: server?.port }, 'claimwatch started');
  return {
    redis,
    stores,
    queues,
    metrics,
    commands,
    fetchOptions,
    ...(server ? { httpPort: server.port } : {}),
    consoleContext,
    async stop() {
      // Workers finish the jobs they hold (deliveries included) before the chat clients go away.
      await Promise.all(workers.map((w) => w.close()));
      for (const adapter of receivers) await adapter.stop();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      await core.close();
    },
  };
}
