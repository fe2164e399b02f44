// The acceptance story (../shared/scenario) on Slack: claims tracked and followed with `/claimwatch`, the
// scenario's feeds played through the pipeline, and what FakeSlack received read as a Slack user sees it.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../src/chat/slack/index.js';
import { loadRegistry } from '../../src/config/files.js';
import { FakeSlack, type RecordedCall } from '../fakes/slack.js';
import { startHarness, type Harness } from '../helpers/app-harness.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { HAS_SCENARIO, playScenario, SCENARIO_ACTOR, SCENARIO_CLAIMS, SCENARIO_STORY, scenarioRegistry, type SeenAlert } from '../helpers/scenario.js';
import { postSigned, slashCommand } from '../helpers/slack-sign.js';

const SECRET = 'scenario-signing-secret';
const TEAM = 'TSCENARIO';
const CHANNEL = 'CSCENARIO';

describe.skipIf(!HAS_SCENARIO)('scenario on Slack', () => {
  let fake: FakeSlack;
  let srv: FeedServer;
  let h: Harness;
  let adapter: SlackAdapter;
  let posts: RecordedCall[] = [];
  let n = 0;
  const command = async (text: string): Promise<string> => {
    const id = `cmd-${++n}`;
    const res = await postSigned(`http://127.0.0.1:${adapter.port}/slack/events`, SECRET, slashCommand({ text, team_id: TEAM, channel_id: CHANNEL, user_id: 'USCENARIO', response_url: fake.responseUrl(id) }));
    expect(res.status).toBe(200);
    const ack = (await res.json()) as { text: string };
    return ack.text === 'Working on it…' ? ((await fake.waitForResponse(id)) as { text: string }).text : ack.text;
  };

  beforeAll(async () => {
    fake = await FakeSlack.start();
    srv = await startFeedServer();
    h = await startHarness({
      label: 'slack-scenario',
      registry: scenarioRegistry(await loadRegistry('config')),
      adapters: () => {
        // One alert per message (no batching), short gaps: the story is read alert by alert.
        adapter = createSlackAdapter({ botToken: 'xoxb-scenario', signingSecret: SECRET, apiUrl: fake.apiUrl, port: 0, host: '127.0.0.1', adminUsers: [], logger: pino({ level: 'silent' }), clientOptions: { retryConfig: { retries: 0 } }, pacing: { intervalMs: 10, windowMs: 0, maxBatch: 1 } });
        return [adapter];
      },
    });
    for (const statement of Object.values(SCENARIO_CLAIMS)) {
      const id = /Tracking claim (\S+)/.exec(await command(`claim track "${statement}"`))?.[1];
      expect(id).toBeDefined();
      expect(await command(`alerts follow ${id} kinds:denial,assertion,relay,first-sighting,mention`)).toContain('This channel follows');
    }
    const actorId = /Added actor (\S+)/.exec(await command(`actor add "${SCENARIO_ACTOR}"`))?.[1];
    expect(actorId).toBeDefined();
    expect(await command(`alerts follow ${actorId}`)).toContain('This channel follows');
    await playScenario(h.app, srv);
    posts = fake.callsTo('chat.postMessage');
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await srv?.close();
    await fake?.close();
  });

  const alertsFor = (fragment: string): SeenAlert[] =>
    posts
      .filter((p) => JSON.stringify(p.body.blocks).includes(fragment))
      .map((p) => ({ text: JSON.stringify(p.body.blocks), inThread: typeof p.body.thread_ts === 'string' }));

  for (const { step, check } of SCENARIO_STORY) it(`story ${step}`, () => expect(check(alertsFor)).toBeUndefined());

  it('pings nobody: the hostile title and body are escaped', () => {
    const hostile = posts.filter((p) => JSON.stringify(p.body).includes('scenario-1003'));
    expect(hostile.length).toBeGreaterThan(0);
    for (const p of hostile) {
      const raw = JSON.stringify(p.body);
      expect(raw).not.toContain('<!channel>');
      expect(raw).not.toContain('<!everyone>');
      expect(raw).not.toMatch(/<@&?\d+>/);
      expect(raw).not.toContain('|click here>');
    }
  });

  it('follow-ups reply in the thread of the first alert of their claim, and roots are updated in place', () => {
    const roots = new Set(posts.filter((p) => p.body.thread_ts === undefined).map((p) => (p.response as { ts?: string } | undefined)?.ts ?? ''));
    for (const p of posts.filter((x) => typeof x.body.thread_ts === 'string')) expect(roots.has(p.body.thread_ts as string)).toBe(true);
    expect(fake.callsTo('chat.update').length).toBeGreaterThan(0);
  });
});
