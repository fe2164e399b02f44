// A started Slack adapter against FakeSlack and real Redis, with hand-built CommandDeps whose feed operations
// only record what they were asked to do.
import pino from 'pino';
import type { Redis } from 'ioredis';
import type { CommandDeps, FeedOps } from '../../../src/chat/core/commands/types.js';
import { createSlackAdapter, type SlackAdapter, type SlackAdapterOptions } from '../../../src/chat/slack/index.js';
import { createStores, type Stores } from '../../../src/store/index.js';
import { FakeSlack } from '../../fakes/slack.js';
import { deletePrefix, testRedis, uniquePrefix } from '../../helpers/redis.js';
import { TEST_REGISTRY } from '../../helpers/registry.js';
import { postSigned, slashCommand, type SlackBody } from '../../helpers/slack-sign.js';

export const SECRET = 'test-signing-secret';
export const TEAM_A = 'TAAAAAAA1';
export const TEAM_B = 'TBBBBBBB2';
export const CHANNEL = 'CALERTS01';
export const USER = 'UUSER0001';

export interface FeedCalls {
  checked: string[];
  scheduled: string[];
  unscheduled: string[];
}

export interface SlackHarness {
  fake: FakeSlack;
  adapter: SlackAdapter;
  stores: Stores;
  redis: Redis;
  deps: CommandDeps;
  feedCalls: FeedCalls;
  url: string;
  post(body: SlackBody, timestamp?: number): Promise<Response>;
  /** Runs `/claimwatch <text>` and returns the JSON the receiver answered with (the ack body). */
  ack(text: string, opts?: CommandOptions): Promise<Record<string, unknown>>;
  /** Runs `/claimwatch <text>` and returns the reply, from the ack or (when the ack said "working") response_url. */
  command(text: string, opts?: Omit<CommandOptions, 'responseId'>): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export interface CommandOptions {
  team?: string;
  channel?: string;
  user?: string;
  responseId?: string;
}

export interface HarnessOptions {
  label: string;
  /** Options for the adapter; by default tests get a fast retry policy and no pacing delay. */
  adapter?: Partial<SlackAdapterOptions>;
  feedCheck?: FeedOps['check'];
}

let nextId = 0;

export async function startSlackHarness(opts: HarnessOptions): Promise<SlackHarness> {
  const fake = await FakeSlack.start();
  const redis = testRedis();
  const prefix = uniquePrefix(opts.label);
  const stores = createStores(redis, prefix, TEST_REGISTRY.actors);
  const feedCalls: FeedCalls = { checked: [], scheduled: [], unscheduled: [] };
  const deps: CommandDeps = {
    stores,
    sources: TEST_REGISTRY.sources,
    newId: () => `id${++nextId}`,
    feeds: {
      check: async (url) => {
        feedCalls.checked.push(url);
        return opts.feedCheck ? opts.feedCheck(url) : { title: 'A test feed', items: 3 };
      },
      schedule: async (feed) => void feedCalls.scheduled.push(feed.id),
      unschedule: async (feedId) => void feedCalls.unscheduled.push(feedId),
    },
  };
  const adapter = createSlackAdapter({
    botToken: 'xoxb-test',
    signingSecret: SECRET,
    apiUrl: fake.apiUrl,
    port: 0,
    host: '127.0.0.1',
    adminUsers: [],
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    clientOptions: { retryConfig: { retries: 0 } },
    pacing: { intervalMs: 0, windowMs: 0 },
    ...opts.adapter,
  });
  await adapter.start(deps);
  const url = `http://127.0.0.1:${adapter.port}/slack/events`;
  const post = (body: SlackBody, timestamp?: number) => postSigned(url, SECRET, body, timestamp);
  async function ack(text: string, o: CommandOptions = {}): Promise<Record<string, unknown>> {
    const res = await post(slashCommand({ text, team_id: o.team ?? TEAM_A, channel_id: o.channel ?? CHANNEL, user_id: o.user ?? USER, response_url: fake.responseUrl(o.responseId ?? 'r') }));
    if (res.status !== 200) throw new Error(`receiver answered ${res.status}`);
    return (await res.json()) as Record<string, unknown>;
  }
  return {
    fake,
    adapter,
    stores,
    redis,
    deps,
    feedCalls,
    url,
    post,
    ack,
    async command(text, o = {}) {
      const responseId = `cmd-${++nextId}`;
      const acked = await ack(text, { ...o, responseId });
      return acked.text === 'Working on it…' ? fake.waitForResponse(responseId) : acked;
    },
    async close() {
      await adapter.stop();
      await adapter.transport.idle();
      await fake.close();
      await deletePrefix(redis, prefix);
      await redis.quit();
    },
  };
}

/** The visible text of a reply or message: every block's text, in order. */
export function blockText(message: Record<string, unknown>): string {
  const blocks = (message.blocks ?? []) as Array<{ text?: { text: string }; elements?: Array<{ text: string | { text: string } }> }>;
  return blocks
    .flatMap((b) => [b.text?.text ?? '', ...(b.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : e.text.text))])
    .filter(Boolean)
    .join('\n');
}
