// Feed health end to end, on the parts test/integration/pipeline/poll-stage.test.ts does not reach: the real
// poll worker on BullMQ, the reason in /feed list (command core) and in `claimwatch status` (a child process),
// the notice to the channels of the tenant that added the feed, no request while disabled, /feed retry
// re-enabling, and the retry policy every scheduled poll carries.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/chat/core/commands/index.js';
import { replyToText } from '../../../src/chat/core/reply.js';
import { feedSchedulerId } from '../../../src/ingest/feed-scheduler.js';
import { eventually, pipelineIdle, startHarness, type Harness } from '../../helpers/app-harness.js';
import { startFeedServer, type FeedServer } from '../../helpers/feed-server.js';
import { REDIS_URL } from '../../helpers/redis.js';
import { TEST_REGISTRY } from '../../helpers/registry.js';
import { PROJECT_ROOT } from '../../faults/support/worker-process.js';

const FEED = 'health-feed';

describe('a failing feed is disabled with its reason, and retried by command', { timeout: 120_000 }, () => {
  let h: Harness;
  let srv: FeedServer;
  const poll = async () => {
    await h.app.queues.poll.add('poll', { feedId: FEED }, { attempts: 1 });
    await pipelineIdle(h.app);
  };
  const feedList = async () => replyToText(await runCommand('feed', 'list', {}, h.app.consoleContext(), h.app.commands));

  beforeAll(async () => {
    srv = await startFeedServer();
    srv.route('/gone.xml', { status: 403, body: 'forbidden' });
    h = await startHarness({ label: 'feed-health', registry: TEST_REGISTRY, env: { FEED_DISABLE_AFTER_FAILURES: '3' } });
    // A feed the console tenant added, followed from the console channel (which should hear it was disabled).
    await h.app.stores.feeds.put({ id: FEED, sourceId: 'testwire', url: srv.url('/gone.xml'), language: 'en', pollSeconds: 300, tenant: 'console' });
    const channel = { platform: 'console' as const, id: 'console' };
    await h.app.stores.subscriptions.put({ id: 'console:console:actor:hajizadeh', tenant: 'console', channel, target: { kind: 'actor', id: 'hajizadeh' }, kinds: ['actor'] });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    await srv?.close();
  });

  it('after 3 failed polls the feed is disabled, its channel is told once; /feed list and claimwatch status say why', async () => {
    for (let i = 0; i < 3; i++) await poll();
    const notices = h.consoleMessages().filter((m) => m.kind === 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.text).toBe(`Feed ${FEED} (${srv.url('/gone.xml')}) is disabled after 3 consecutive failures, last: ingest/http-4xx. Fix it, then run /feed retry ${FEED}.`);
    const state = await h.app.stores.feeds.state(FEED);
    expect(state.disabled?.reason).toBe('3 consecutive failures, last: ingest/http-4xx');
    expect(await feedList()).toContain(`${FEED}: ${srv.url('/gone.xml')} - DISABLED (3 consecutive failures, last: ingest/http-4xx)`);
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'status'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, REDIS_URL, REDIS_PREFIX: h.prefix, CONFIG_DIR: 'config', LOG_LEVEL: 'warn' },
      timeout: 60_000,
    });
    expect(stdout).toMatch(new RegExp(`feed ${FEED}: DISABLED \\(3 consecutive failures, last: ingest/http-4xx\\) - ingest/http-4xx .*403`));
  });

  it('a disabled feed is not fetched; /feed retry re-enables it and the next poll succeeds', async () => {
    const before = srv.requests.length;
    await poll();
    expect(srv.requests.length).toBe(before);
    expect(h.consoleMessages().filter((m) => m.kind === 'notice')).toHaveLength(1);
    srv.route('/gone.xml', { body: '<?xml version="1.0"?><rss version="2.0"><channel><title>back</title><link>https://example.org</link><description>d</description></channel></rss>' });
    const reply = await runCommand('feed', 'retry', { id: FEED }, h.app.consoleContext(), h.app.commands);
    expect(reply.title).toBe(`Feed ${FEED} re-enabled`);
    await h.app.commands.feeds.unschedule(FEED); // the test polls by hand
    await poll();
    await eventually(async () => ((await h.app.stores.feeds.state(FEED)).lastPolledAt && !(await h.app.stores.feeds.state(FEED)).failures) || undefined);
    expect(srv.requests.length).toBe(before + 1);
    expect(await feedList()).toContain(`${FEED}: ${srv.url('/gone.xml')} - ok`);
  });

  it('scheduled polls retry transient failures with exponential backoff', async () => {
    await h.app.commands.feeds.schedule({ id: FEED, sourceId: 'testwire', url: srv.url('/gone.xml'), language: 'en', pollSeconds: 300 });
    const scheduler = await h.app.queues.poll.getJobScheduler(feedSchedulerId(FEED));
    expect(scheduler?.template?.opts).toMatchObject({ attempts: 3, backoff: { type: 'exponential', delay: 5_000 } });
    await h.app.commands.feeds.unschedule(FEED);
  });
});
