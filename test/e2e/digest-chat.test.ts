// The scenario's daily digest through the real Discord and Slack adapters: channels on both platforms follow
// C2 with a digest at 00:00 UTC; the digest for 2 June arrives at each fake with the assertion and the denial;
// a quiet day sends nothing to either.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../src/chat/discord/index.js';
import { createSlackAdapter } from '../../src/chat/slack/index.js';
import { runCommand } from '../../src/chat/core/commands/index.js';
import type { CommandContext } from '../../src/chat/core/commands/types.js';
import { loadRegistry } from '../../src/config/files.js';
import { FakeDiscord } from '../fakes/discord.js';
import { FakeSlack } from '../fakes/slack.js';
import { eventually, startHarness, type Harness } from '../helpers/app-harness.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { HAS_SCENARIO, playScenario, SCENARIO_CLAIMS, scenarioRegistry } from '../helpers/scenario.js';

const GUILD = '1300000000000000001';
const DISCORD_CHANNEL = '1300000000000000011';
const SLACK_TEAM = 'TDIGEST01';
const SLACK_CHANNEL = 'CDIGEST01';

describe.skipIf(!HAS_SCENARIO)('scenario digest on Discord and Slack', () => {
  let discord: FakeDiscord;
  let slack: FakeSlack;
  let srv: FeedServer;
  let h: Harness;
  // After the story's last item while the feeds are read: ingest treats dates a day ahead of `now` as bogus.
  let clock = new Date('2024-06-04T00:00:00Z');
  const silent = pino({ level: 'silent' });
  const contexts: CommandContext[] = [];
  const discordDigests = () => discord.requests.filter((r) => r.method === 'POST' && r.path === `/api/v10/channels/${DISCORD_CHANNEL}/messages` && JSON.stringify(r.body).includes('Daily digest'));
  const slackDigests = () => slack.callsTo('chat.postMessage').filter((c) => JSON.stringify(c.body).includes('Daily digest'));
  const runDigests = async (iso: string) => {
    clock = new Date(iso);
    const jobs = await Promise.all(contexts.map((ctx) => h.app.queues.digest.add('digest', { tenant: ctx.tenant, channel: { platform: ctx.platform, id: ctx.channelId }, preview: false })));
    for (const job of jobs) await eventually(async () => ((await job.getState()) === 'completed' ? true : undefined), 20_000, `digest job ${job.id}`);
  };

  beforeAll(async () => {
    discord = await FakeDiscord.start([{ id: GUILD, channels: [DISCORD_CHANNEL] }]);
    slack = await FakeSlack.start();
    srv = await startFeedServer();
    h = await startHarness({
      label: 'digest-chat',
      registry: scenarioRegistry(await loadRegistry('config')),
      now: () => clock,
      adapters: () => [
        createDiscordAdapter({ token: 'fake-token', appId: discord.appId, apiUrl: discord.api, logger: silent, restOptions: { offset: 0, timeout: 3_000 }, coalesceWindowMs: 0 }),
        createSlackAdapter({ botToken: 'xoxb-digest', signingSecret: 'digest-secret', apiUrl: slack.apiUrl, port: 0, host: '127.0.0.1', adminUsers: [], logger: silent, clientOptions: { retryConfig: { retries: 0 } }, pacing: { intervalMs: 10, windowMs: 0, maxBatch: 1 } }),
      ],
    });
    contexts.push(
      { tenant: `discord:${GUILD}`, platform: 'discord', channelId: DISCORD_CHANNEL, userId: 'u1', isAdmin: true, now: clock },
      { tenant: `slack:${SLACK_TEAM}`, platform: 'slack', channelId: SLACK_CHANNEL, userId: 'u2', isAdmin: true, now: clock },
    );
    for (const ctx of contexts) {
      expect((await runCommand('claim', 'track', { statement: SCENARIO_CLAIMS.C2 }, ctx, h.app.commands)).ok).toBe(true);
      expect((await runCommand('digest', 'set', { time: '00:00', timezone: 'UTC' }, ctx, h.app.commands)).ok).toBe(true);
    }
    await playScenario(h.app, srv);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await srv?.close();
    await discord?.close();
    await slack?.close();
  });

  it('the 2 June digest reaches both platforms with the assertion and the denial, mentions disabled and text escaped', async () => {
    await runDigests('2024-06-03T00:00:03Z');
    const [d] = discordDigests();
    expect(d).toBeDefined();
    expect(d!.body.allowed_mentions).toEqual({ parse: [] });
    const dText = JSON.stringify(d!.body.embeds);
    expect(dText).toMatch(/Assertions: .*Tasnim News Agency \(IRGC-affiliated\)/);
    expect(dText).toMatch(/Denials: White House via Washington Free Beacon \(private\)/);
    const [s] = slackDigests();
    expect(s?.body.channel).toBe(SLACK_CHANNEL);
    const sText = JSON.stringify(s!.body.blocks);
    expect(sText).toMatch(/Assertions: .*Tasnim News Agency \(IRGC-affiliated\)/);
    expect(sText).toMatch(/Denials: White House via Washington Free Beacon \(private\)/);
  });

  it('a day with no activity sends no digest to either platform, and a rerun of 2 June sends nothing twice', async () => {
    await runDigests('2024-06-05T00:00:03Z');
    await runDigests('2024-06-03T00:00:09Z');
    expect(discordDigests()).toHaveLength(1);
    expect(slackDigests()).toHaveLength(1);
  });
});
