// Issue 5's end-to-end flow: the whole app in-process with the Slack adapter pointed at FakeSlack. A signed
// `/claimwatch claim track` -> a local feed gains a matching item -> chat.postMessage carrying the outlet's label.
import { existsSync } from 'node:fs';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../src/chat/slack/index.js';
import { loadRegistry } from '../../src/config/files.js';
import { describeLabel } from '../../src/domain/alert/alert.js';
import type { Source } from '../../src/domain/model.js';
import { FakeSlack } from '../fakes/slack.js';
import { pipelineIdle, startHarness, type Harness } from '../helpers/app-harness.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { TEST_REGISTRY } from '../helpers/registry.js';
import { rss } from '../helpers/rss.js';
import { postSigned, slashCommand } from '../helpers/slack-sign.js';
import { FLOW_CLAIM, FLOW_MATCHING, FLOW_UNRELATED } from '../helpers/flow-fixtures.js';

const SECRET = 'e2e-signing-secret';
const TEAM = 'TE2E00001';
const CHANNEL = 'CE2EALERT';
const CLAIM = FLOW_CLAIM;
const UNRELATED = FLOW_UNRELATED;
const MATCHING = FLOW_MATCHING;

describe('slack end to end', () => {
  let h: Harness;
  let fake: FakeSlack;
  let srv: FeedServer;
  let adapter: SlackAdapter;
  let source: Source;
  const poll = async () => {
    await h.app.queues.poll.add('poll', { feedId: 'e2e-feed' });
    await pipelineIdle(h.app);
  };

  beforeAll(async () => {
    fake = await FakeSlack.start();
    srv = await startFeedServer();
    const registry = existsSync('config/sources.yaml') ? await loadRegistry('config') : TEST_REGISTRY;
    source = registry.sources.find((s) => s.labelNote) ?? (registry.sources[0] as Source);
    h = await startHarness({
      label: 'slack-e2e',
      registry,
      adapters: () => {
        adapter = createSlackAdapter({ botToken: 'xoxb-e2e', signingSecret: SECRET, apiUrl: fake.apiUrl, port: 0, host: '127.0.0.1', adminUsers: [], logger: pino({ level: 'silent' }), clientOptions: { retryConfig: { retries: 0 } } });
        return [adapter];
      },
    });
    await h.app.stores.feeds.put({ id: 'e2e-feed', sourceId: source.id, url: srv.url('/feed.xml'), language: 'en', pollSeconds: 60 });
  });
  afterAll(async () => {
    await h?.close();
    await srv?.close();
    await fake?.close();
  });

  it('tracks a claim from Slack and posts a labelled alert when a feed item matches', async () => {
    const res = await postSigned(`http://127.0.0.1:${adapter.port}/slack/events`, SECRET, slashCommand({ text: `claim track "${CLAIM}"`, team_id: TEAM, channel_id: CHANNEL, user_id: 'UE2E00001', response_url: fake.responseUrl('track') }));
    expect(res.status).toBe(200);
    const ack = (await res.json()) as { text: string };
    const reply = ack.text === 'Working on it…' ? ((await fake.waitForResponse('track')) as { text: string }) : ack;
    expect(reply.text).toContain('Tracking claim');
    expect(await h.app.stores.claims.listTenant(`slack:${TEAM}`)).toHaveLength(1);

    srv.route('/feed.xml', { body: rss('E2E feed', [UNRELATED]) });
    await poll();
    expect(fake.callsTo('chat.postMessage')).toHaveLength(0);

    srv.route('/feed.xml', { body: rss('E2E feed', [UNRELATED, MATCHING]) });
    await poll();
    const [post] = await fake.waitForCall('chat.postMessage');
    expect(post?.body.channel).toBe(CHANNEL);
    expect(post?.headers.authorization).toBe('Bearer xoxb-e2e');
    const blocks = JSON.stringify(post?.body.blocks);
    expect(blocks).toContain(MATCHING.title.replace(/&/g, '&amp;'));
    expect(blocks).toContain(describeLabel(source).replace(/&/g, '&amp;'));
    expect(String(post?.body.text)).toContain(source.name.replace(/&/g, '&amp;'));
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  }, 30_000);
});
