// Secrets never leak: `claimwatch run` as a child process with real-shaped Discord and Slack credentials, logging
// at trace level, driven into the paths that log errors (Discord 503s, Slack invalid_auth, a failing feed, a
// forged Slack request). Its whole log output, its /metrics and /healthz, and everything it sent to the fakes
// except the credential headers themselves must not contain any credential.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscriptionId } from '../../../src/domain/subscription.js';
import { FakeDiscord } from '../../fakes/discord.js';
import { FakeSlack } from '../../fakes/slack.js';
import { startFeedServer, type FeedServer } from '../../helpers/feed-server.js';
import { deletePrefix, REDIS_URL, uniquePrefix } from '../../helpers/redis.js';
import { rss } from '../../helpers/rss.js';
import { WorkerProcess } from '../../faults/support/worker-process.js';
import { ACTOR, itemTitle, itemUrl, seedWorld, workerEnv, writeConfigDir } from '../../faults/support/world.js';

const SECRETS = {
  DISCORD_TOKEN: 'MTEwMDAwMDAwMDAwMDAwMDAwMg.GhTq3x.Zk9vU2VjcmV0LWRvLW5vdC1sZWFrLTEyMzQ1Njc4',
  SLACK_BOT_TOKEN: 'xoxb-1111111111-2222222222222-SeCrEtBoTtOkEnDoNoTlEaK',
  SLACK_SIGNING_SECRET: '8f14e45fceea167a5a36dedd4bea2543',
};
const CHANNEL = '1200000000000000011';
const SLACK_CHANNEL = 'CSECRET01';

describe('secrets stay out of logs, errors and /metrics', { timeout: 120_000 }, () => {
  let discord: FakeDiscord;
  let slack: FakeSlack;
  let srv: FeedServer;
  let worker: WorkerProcess;
  const prefix = uniquePrefix('secrets');
  const stdout: string[] = [];
  let cleanup: Array<() => Promise<unknown>> = [];

  beforeAll(async () => {
    discord = await FakeDiscord.start([{ id: '1200000000000000001', channels: [CHANNEL] }]);
    slack = await FakeSlack.start();
    srv = await startFeedServer();
    const config = await writeConfigDir();
    srv.route('/ok.xml', { body: rss('ok', []) });
    srv.route('/broken.xml', { status: 500, body: 'upstream exploded' });
    const world = await seedWorld({ redisUrl: REDIS_URL, prefix, feedUrls: [srv.url('/ok.xml'), srv.url('/broken.xml')], channel: { platform: 'discord', id: CHANNEL } });
    const target = { kind: 'actor' as const, id: ACTOR.id };
    const slackChannel = { platform: 'slack' as const, id: SLACK_CHANNEL };
    await world.stores.subscriptions.put({ id: subscriptionId(slackChannel, target), tenant: 'slack:T1', channel: slackChannel, target, kinds: ['actor'] });
    cleanup = [() => deletePrefix(world.redis, prefix).then(() => world.redis.quit()), () => config.remove(), () => srv.close(), () => slack.close(), () => discord.close()];
    // Every error path we can reach: 503s from Discord, a revoked Slack token, a 500 from a feed.
    discord.script('POST', `/channels/${CHANNEL}/messages`, Array.from({ length: 8 }, () => ({ status: 503, body: { message: 'upstream', code: 0 } })));
    slack.script('chat.postMessage', { body: { ok: false, error: 'invalid_auth' } });
    worker = new WorkerProcess({
      name: 'secrets',
      roles: 'poll,match,alert,chat',
      env: workerEnv({ redisUrl: REDIS_URL, prefix, configDir: config.dir, pollSeconds: 1, extra: { ...SECRETS, LOG_LEVEL: 'trace', DISCORD_APP_ID: discord.appId, DISCORD_API_URL: discord.api, SLACK_API_URL: slack.apiUrl, SLACK_PORT: '0' } }),
      onStdout: (line) => stdout.push(line),
    });
    cleanup.unshift(() => worker.stop());
    await worker.start(90_000);
    srv.route('/ok.xml', { body: rss('ok', [1, 2].map((n) => ({ guid: `s${n}`, title: itemTitle(n), link: itemUrl(n) }))) });
    await discord.waitFor((r) => r.path.endsWith(`/channels/${CHANNEL}/messages`) && r.status === 503, 30_000);
    await slack.waitForCall('chat.postMessage', 1, 30_000);
    await discord.waitFor((r) => r.path.endsWith(`/channels/${CHANNEL}/messages`) && r.status === 200, 60_000);
  }, 120_000);
  afterAll(async () => {
    for (const c of cleanup) await c().catch(() => undefined);
  });

  const leaks = (text: string) => Object.entries(SECRETS).filter(([, secret]) => text.includes(secret) || text.includes(secret.slice(-16))).map(([name]) => name);
  const logLine = (key: string) => worker.logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => key in l);

  it('the trace-level log, with its error lines, holds no credential', () => {
    const logs = worker.logs.join('\n');
    expect(logs).toMatch(/"level":50|"level":40/); // errors and warnings were logged
    expect(logs).toContain('broken.xml');
    expect(leaks(logs)).toEqual([]);
    expect(leaks(stdout.join('\n'))).toEqual([]);
  });

  it('/metrics and /healthz hold no credential', async () => {
    const port = logLine('httpPort')?.httpPort as number;
    expect(port).toBeGreaterThan(0);
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toContain('claimwatch_alerts_total');
    const health = await (await fetch(`http://127.0.0.1:${port}/healthz`)).text();
    expect(leaks(metrics + health)).toEqual([]);
  });

  it('a forged Slack request is refused and its failure logged without the signing secret', async () => {
    const port = logLine('mode')?.port as number;
    const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-slack-signature': 'v0=00', 'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)) }, body: '{"type":"url_verification","challenge":"x"}' });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 300));
    expect(leaks(worker.logs.join('\n') + (await res.text()))).toEqual([]);
  });

  it('nothing sent to the platforms carries a credential outside its Authorization header', () => {
    const sent = JSON.stringify([...discord.requests.map((r) => r.body), ...slack.calls.map((c) => ({ ...c.body, token: undefined }))]);
    expect(leaks(sent)).toEqual([]);
    expect(discord.requests.some((r) => r.headers.authorization === `Bot ${SECRETS.DISCORD_TOKEN}`)).toBe(true);
  });
});
