// Issue 2's end-to-end flow on the console sink: track a claim, a feed's second poll adds a matching item,
// exactly one alert names the outlet's label; a restart and a re-poll send nothing twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/chat/core/commands/index.js';
import { startHarness, pipelineIdle, type Harness } from '../helpers/app-harness.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { TEST_REGISTRY } from '../helpers/registry.js';
import { rss } from '../helpers/rss.js';
import { FLOW_CLAIM, FLOW_MATCHING, FLOW_UNRELATED } from '../helpers/flow-fixtures.js';

const CLAIM = FLOW_CLAIM;
const UNRELATED = FLOW_UNRELATED;
const MATCHING = FLOW_MATCHING;

describe('console end to end', () => {
  let h: Harness;
  let srv: FeedServer;
  const poll = async () => {
    await h.app.queues.poll.add('poll', { feedId: 'testwire-en' });
    await pipelineIdle(h.app);
  };
  const alerts = () => h.consoleMessages().filter((m) => m.kind === 'alert');

  beforeAll(async () => {
    srv = await startFeedServer();
    h = await startHarness({ label: 'console-e2e', registry: TEST_REGISTRY });
    await h.app.stores.feeds.put({ id: 'testwire-en', sourceId: 'testwire', url: srv.url('/feed.xml'), language: 'en', pollSeconds: 60 });
    const reply = await runCommand('claim', 'track', { statement: CLAIM }, h.app.consoleContext(), h.app.commands);
    expect(reply.ok).toBe(true);
  });
  afterAll(async () => {
    await h?.close();
    await srv?.close();
  });

  it('seeds silently on the first poll, then alerts once on the new matching item', async () => {
    srv.route('/feed.xml', { body: rss('Test Wire', [UNRELATED]) });
    await poll();
    expect(alerts()).toHaveLength(0);

    srv.route('/feed.xml', { body: rss('Test Wire', [UNRELATED, MATCHING]) });
    await poll();
    const sent = alerts();
    expect(sent).toHaveLength(1);
    const alert = sent[0]!.alert as { kind: string; item: { title: string }; source: { label: string; basis: string } };
    expect(alert.kind).toBe('first-sighting');
    expect(alert.item.title).toBe(MATCHING.title);
    expect(alert.source.label).toBe('wire service');
    expect(alert.source.basis).toContain('made-up wire');
  });

  it('sends nothing twice across a restart, a re-poll and a re-queued item', async () => {
    await h.restart();
    await poll();
    const stored = await h.app.stores.items.get((await h.app.stores.history.latest((await h.app.stores.claims.listTenant('console'))[0]!.id, 1))[0]!.itemId);
    // A fresh job id: BullMQ's own jobId dedup must not be what prevents the duplicate.
    await h.app.queues.match.add('item', { item: stored!.item }, { jobId: 'requeued-by-test' });
    await pipelineIdle(h.app);
    expect(alerts()).toHaveLength(1);
  });
});
