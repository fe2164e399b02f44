// Shared set-up for the Discord integration tests: a fake Discord, real Redis stores under a unique prefix,
// hand-built CommandDeps (feed operations recorded, not performed) and the real adapter logged in to the fake.
import type { Redis } from 'ioredis';
import pino from 'pino';
import type { CommandDeps, DigestOps, FeedOps } from '../../../src/chat/core/commands/types.js';
import { ok } from '../../../src/chat/core/reply.js';
import { createDiscordAdapter } from '../../../src/chat/discord/index.js';
import type { Feed } from '../../../src/domain/feeds.js';
import type { Actor, Source } from '../../../src/domain/model.js';
import { createStores } from '../../../src/store/index.js';
import { FakeDiscord, type FakeGuild } from '../../fakes/discord.js';
import { deletePrefix, testRedis, uniquePrefix } from '../../helpers/redis.js';

export const GUILD_A = '1200000000000000001';
export const GUILD_B = '1200000000000000002';
export const CHANNEL_A = '1200000000000000011';
export const CHANNEL_A2 = '1200000000000000012';
export const CHANNEL_B = '1200000000000000021';

export const SOURCES: Source[] = [
  {
    id: 'tasnim',
    name: 'Tasnim News Agency',
    aliases: ['Tasnim', 'تسنیم'],
    domains: ['tasnimnews.com'],
    country: 'Iran',
    languages: ['fa', 'en'],
    label: 'IRGC-affiliated',
    basis: 'Founded by and reported to be close to the IRGC (test fixture).',
    citations: ['https://example.org/tasnim'],
    confidence: 'high',
    feeds: [],
  },
  {
    id: 'reuters',
    name: 'Reuters',
    aliases: [],
    domains: ['reuters.com'],
    country: 'UK',
    languages: ['en'],
    label: 'wire service',
    basis: 'Commercial news agency owned by Thomson Reuters (test fixture).',
    citations: ['https://example.org/reuters'],
    confidence: 'high',
    feeds: [],
  },
];
export const ACTORS: Actor[] = [{ id: 'white-house', name: 'White House', kind: 'government', aliases: ['the White House'] }];

export interface FeedCalls {
  checked: string[];
  scheduled: Feed[];
  unscheduled: string[];
}

export interface DigestCalls {
  set: Array<{ channelId: string; time: string; timeZone: string }>;
  off: string[];
}

/** Digest operations that record what they were asked (the digest scheduler is another module's concern). */
export function recordingDigestOps(calls: DigestCalls): DigestOps {
  return {
    async set(ctx, time, timeZone) {
      calls.set.push({ channelId: ctx.channelId, time, timeZone });
    },
    async off(ctx) {
      calls.off.push(ctx.channelId);
    },
    async preview(ctx) {
      return ok('Digest preview', [{ lines: [`No activity for ${ctx.tenant} in the last 24 hours.`] }]);
    },
  };
}

export interface Harness {
  fake: FakeDiscord;
  redis: Redis;
  deps: CommandDeps;
  feedCalls: FeedCalls;
  digestCalls: DigestCalls;
  adapter: ReturnType<typeof createDiscordAdapter>;
  close(): Promise<void>;
}

export function recordingFeedOps(calls: FeedCalls): FeedOps {
  return {
    async check(url) {
      calls.checked.push(url);
      if (url.includes('broken')) throw new Error('the server answered 500');
      return { title: 'Test feed', items: 3 };
    },
    async schedule(feed) {
      calls.scheduled.push(feed);
    },
    async unschedule(id) {
      calls.unscheduled.push(id);
    },
  };
}

export async function startHarness(opts: { guilds?: FakeGuild[]; feeds?: FeedOps; deferAfterMs?: number } = {}): Promise<Harness> {
  const fake = await FakeDiscord.start(opts.guilds ?? [{ id: GUILD_A, channels: [CHANNEL_A, CHANNEL_A2] }, { id: GUILD_B, channels: [CHANNEL_B] }]);
  const redis = testRedis();
  const prefix = uniquePrefix('discord');
  const stores = createStores(redis, prefix, ACTORS);
  const feedCalls: FeedCalls = { checked: [], scheduled: [], unscheduled: [] };
  const digestCalls: DigestCalls = { set: [], off: [] };
  let n = 0;
  const deps: CommandDeps = { stores, sources: SOURCES, feeds: opts.feeds ?? recordingFeedOps(feedCalls), digest: recordingDigestOps(digestCalls), newId: () => `id${++n}` };
  const adapter = createDiscordAdapter({
    token: 'fake-token',
    appId: fake.appId,
    apiUrl: fake.api,
    logger: pino({ level: 'silent' }),
    restOptions: { offset: 0, timeout: 2_000, retries: 1 },
    coalesceWindowMs: 0,
    ...(opts.deferAfterMs === undefined ? {} : { deferAfterMs: opts.deferAfterMs }),
  });
  await adapter.start(deps);
  return {
    fake,
    redis,
    deps,
    feedCalls,
    digestCalls,
    adapter,
    async close() {
      await adapter.stop();
      await fake.close();
      await deletePrefix(redis, prefix);
      await redis.quit();
    },
  };
}
