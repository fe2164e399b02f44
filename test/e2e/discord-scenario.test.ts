// The acceptance story (../shared/scenario) on Discord: claims tracked and followed through slash commands, the
// scenario's feeds played through the pipeline, and what the fake Discord received checked as Discord sees it:
// roots in the channel, follow-ups in threads, status edits in place, labels, RTL isolation, no pings.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALERT_COLOURS } from '../../src/chat/discord/alert-embed.js';
import { createDiscordAdapter } from '../../src/chat/discord/index.js';
import { EMBED_LIMITS, embedLength } from '../../src/chat/discord/embed-limits.js';
import { loadRegistry } from '../../src/config/files.js';
import { FakeDiscord, type RecordedRequest } from '../fakes/discord.js';
import { startHarness, type Harness } from '../helpers/app-harness.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { HAS_SCENARIO, playScenario, SCENARIO_ACTOR, SCENARIO_CLAIMS, SCENARIO_STORY, scenarioRegistry, type SeenAlert } from '../helpers/scenario.js';

const GUILD = '1200000000000000001';
const CHANNEL = '1200000000000000011';

describe.skipIf(!HAS_SCENARIO)('scenario on Discord', () => {
  let fake: FakeDiscord;
  let srv: FeedServer;
  let h: Harness;
  let posts: RecordedRequest[] = [];
  const slash = (group: string, sub: string, options: Record<string, string>) => fake.answer({ guildId: GUILD, channelId: CHANNEL, group, sub, options }).then((a) => a.data.embeds[0]);
  const idFrom = (title: string, prefix: string) => title.replace(prefix, '').replace(/\\/g, '');

  beforeAll(async () => {
    fake = await FakeDiscord.start([{ id: GUILD, channels: [CHANNEL] }]);
    srv = await startFeedServer();
    h = await startHarness({
      label: 'discord-scenario',
      registry: scenarioRegistry(await loadRegistry('config')),
      adapters: () => [createDiscordAdapter({ token: 'fake-token', appId: fake.appId, apiUrl: fake.api, logger: pino({ level: 'silent' }), restOptions: { offset: 0, timeout: 3_000 }, coalesceWindowMs: 0 })],
    });
    for (const statement of Object.values(SCENARIO_CLAIMS)) {
      const tracked = await slash('claim', 'track', { statement });
      const id = idFrom(tracked.title, 'Tracking claim ');
      const follow = await slash('alerts', 'follow', { target: id, kinds: 'denial,assertion,relay,first-sighting,mention' });
      expect(follow.title).toContain('This channel follows');
    }
    const actor = await slash('actor', 'add', { name: SCENARIO_ACTOR });
    expect((await slash('alerts', 'follow', { target: idFrom(actor.title, 'Added actor ') })).title).toContain('This channel follows');
    await playScenario(h.app, srv);
    posts = fake.requests.filter((r) => r.method === 'POST' && /^\/api\/v10\/channels\/\d+\/messages$/.test(r.path) && (r.status ?? 0) < 300);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await srv?.close();
    await fake?.close();
  });

  it('every message pings nobody and stays within embed limits', () => {
    expect(posts.length).toBeGreaterThan(3);
    for (const p of posts) {
      expect(p.body.allowed_mentions).toEqual({ parse: [] });
      expect(p.body.embeds.length).toBeLessThanOrEqual(EMBED_LIMITS.embedsPerMessage);
      expect(p.body.embeds.reduce((n: number, e: Parameters<typeof embedLength>[0]) => n + embedLength(e), 0)).toBeLessThanOrEqual(EMBED_LIMITS.total);
    }
  });

  it('the first sighting of C1 is a root message in the channel with the outlet label', () => {
    const roots = posts.filter((p) => p.path === `/api/v10/channels/${CHANNEL}/messages`);
    const c1 = roots.flatMap((p) => p.body.embeds).find((e: { url?: string }) => e.url?.includes('1001'));
    expect(c1).toBeDefined();
    expect(c1.description).toContain('First sighting');
    expect(c1.fields.find((f: { name: string }) => f.name === 'Outlet').value).toContain('opposition/diaspora');
  });

  it('follow-ups go into a thread created once per root, and roots are edited in place', () => {
    const creates = fake.requests.filter((r) => r.path.endsWith('/threads'));
    const roots = creates.map((c) => c.path.split('/')[6]);
    expect(new Set(roots).size).toBe(roots.length);
    const inThreads = posts.filter((p) => p.path !== `/api/v10/channels/${CHANNEL}/messages`);
    expect(inThreads.length).toBeGreaterThan(0);
    for (const p of inThreads) expect(roots).toContain(p.path.split('/')[4]);
    expect(fake.requests.some((r) => r.method === 'PATCH' && r.path.startsWith(`/api/v10/channels/${CHANNEL}/messages/`))).toBe(true);
  });

  it('Persian titles are wrapped in first-strong isolates', () => {
    const embeds = posts.flatMap((p) => p.body.embeds) as Array<{ title: string }>;
    const persian = embeds.filter((e) => /[\u0600-\u06ff]/.test(e.title));
    expect(persian.length).toBeGreaterThan(0);
    for (const e of persian) expect(e.title.startsWith('\u2068') && e.title.endsWith('\u2069')).toBe(true);
  });

  const alertsFor = (fragment: string): SeenAlert[] =>
    posts.flatMap((p) =>
      (p.body.embeds as Array<{ url?: string }>)
        .filter((e) => e.url?.includes(fragment))
        .map((e) => ({ text: JSON.stringify(e).replace(/\\/g, ''), inThread: p.path !== `/api/v10/channels/${CHANNEL}/messages` })),
    );
  for (const { step, check } of SCENARIO_STORY) it(`story ${step}`, () => expect(check(alertsFor)).toBeUndefined());

  it('denials stand out in red', () => {
    const colourOf = (fragment: string) => posts.flatMap((p) => p.body.embeds).find((e: { url?: string }) => e.url?.includes(fragment))?.color;
    expect(colourOf('scenario/3001')).toBe(ALERT_COLOURS.denial);
    expect(colourOf('scenario-4001')).toBe(ALERT_COLOURS.denial);
    expect(colourOf('scenario-1001')).not.toBe(ALERT_COLOURS.denial);
  });
});
