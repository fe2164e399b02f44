// Issue 4's end-to-end flow on Discord: the whole app in-process with the Discord adapter logged in to a fake
// Discord. /feed add (checked for real against a local feed server), /claim track through a dispatched
// interaction, the feed gains a matching item, and a labelled embed arrives at POST /channels/:id/messages.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../src/chat/discord/index.js';
import { FakeDiscord } from '../fakes/discord.js';
import { eventually, pipelineIdle, startHarness, type Harness } from '../helpers/app-harness.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { TEST_REGISTRY } from '../helpers/registry.js';
import { rss } from '../helpers/rss.js';
import { FLOW_CLAIM, FLOW_MATCHING, FLOW_UNRELATED } from '../helpers/flow-fixtures.js';

const GUILD = '1200000000000000001';
const CHANNEL = '1200000000000000011';
const CLAIM = FLOW_CLAIM;
const UNRELATED = FLOW_UNRELATED;
// The hostile suffix checks that the embed defuses it.
const MATCHING = { ...FLOW_MATCHING, title: `${FLOW_MATCHING.title} @everyone` };

describe('discord end to end', () => {
  let fake: FakeDiscord;
  let srv: FeedServer;
  let h: Harness;
  let feedId = '';
  const slash = (group: string, sub: string, options: Record<string, string> = {}) => fake.answer({ guildId: GUILD, channelId: CHANNEL, group, sub, options }).then((a) => a.data.embeds[0]);
  const poll = async () => {
    await h.app.queues.poll.add('poll', { feedId });
    await pipelineIdle(h.app);
  };

  beforeAll(async () => {
    fake = await FakeDiscord.start([{ id: GUILD, channels: [CHANNEL] }]);
    srv = await startFeedServer();
    srv.route('/feed.xml', { body: rss('State News Agency', [UNRELATED]) });
    h = await startHarness({
      label: 'discord-e2e',
      registry: TEST_REGISTRY,
      adapters: () => [createDiscordAdapter({ token: 'fake-token', appId: fake.appId, apiUrl: fake.api, logger: pino({ level: 'silent' }), restOptions: { offset: 0, timeout: 3_000 }, coalesceWindowMs: 0 })],
    });
  });
  afterAll(async () => {
    await h?.close();
    await srv?.close();
    await fake?.close();
  });

  it('/feed add checks the URL for real and schedules the feed', async () => {
    const broken = await slash('feed', 'add', { url: srv.url('/missing.xml'), source: 'statenews' });
    expect(broken.title).toBe('Feed not accepted');
    const added = await slash('feed', 'add', { url: srv.url('/feed.xml'), source: 'statenews' });
    expect(added.title).toMatch(/^Added feed statenews-/);
    expect(added.description).toContain('with 1 items');
    feedId = (added.title as string).replace('Added feed ', '').replace(/\\/g, '');
    expect(await h.app.stores.feeds.get(feedId)).toMatchObject({ tenant: `discord:${GUILD}`, url: srv.url('/feed.xml') });
    expect(await h.app.queues.poll.getJobSchedulersCount()).toBe(1);
    // The test polls by hand: drop the 5-minute schedule so its delayed job does not keep the queue busy.
    await h.app.commands.feeds.unschedule(feedId);
  });

  it('/claim track, then a matching item in the feed arrives as a labelled embed that pings nobody', async () => {
    const tracked = await slash('claim', 'track', { statement: CLAIM });
    expect(tracked.title).toMatch(/^Tracking claim /);

    await poll(); // seeds: items already in the feed are not alerted
    expect(fake.messagesTo(CHANNEL)).toHaveLength(0);

    srv.route('/feed.xml', { body: rss('State News Agency', [UNRELATED, MATCHING]) });
    await poll();
    const post = await eventually(() => fake.messagesTo(CHANNEL)[0], 10_000, 'an alert at the fake Discord');
    expect(post.headers.authorization).toBe('Bot fake-token');
    expect(post.body.allowed_mentions).toEqual({ parse: [] });
    const embed = post.body.embeds[0];
    expect(embed.title).toContain('Iran promised the US it would not retaliate');
    expect(embed.title).toContain('@\u200beveryone');
    expect(embed.url).toBe('https://example.org/m1');
    const outlet = embed.fields.find((f: { name: string }) => f.name === 'Outlet').value as string;
    expect(outlet).toContain('State News Agency: state-owned (official agency)');
    expect(outlet).toContain('Basis: Owned by the ministry');
    expect(embed.fields.find((f: { name: string }) => f.name === 'Claim').value).toBe(CLAIM);
    expect(fake.messagesTo(CHANNEL)).toHaveLength(1);
  });
});
