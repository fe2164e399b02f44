// Fault run (npm run test:faults): the pipeline as separate `claimwatch run --roles` processes on a private
// redis-server (AOF, fsync always), 1,000 items through 20 local feeds, every one naming a followed actor, so
// every item is one expected Discord alert. While items flow: kill -9 the poll worker mid-fetch, the match
// worker mid-match, the alert worker mid-delivery (each restarted), kill -9 Redis and restart it, answer 429
// with Retry-After and 503 for a while, and finally kill the alert worker inside the one window exactly-once
// cannot close from our side: after Discord accepted a message, before the delivery record is written.
// Counted at the fake Discord: every alert at least once, none twice outside that window.
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { afterAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { queuePrefix } from '../../src/queue/queues.js';
import type { Keys } from '../../src/store/keys.js';
import { FakeDiscord, type ScriptedResponse } from '../fakes/discord.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { rss } from '../helpers/rss.js';
import { OwnRedis } from './support/own-redis.js';
import { createHash } from 'node:crypto';
import { ACTOR, itemNumber, itemTitle, itemUrl, seedWorld, workerEnv, writeConfigDir } from './support/world.js';
import { WorkerProcess } from './support/worker-process.js';

const ITEMS = Number(process.env.FAULT_ITEMS ?? 1_000);
const FEEDS = 20;
const RELEASE_MS = 32_000;
const GUILD = '1200000000000000001';
const CHANNEL = '1200000000000000011';
const PREFIX = 'cwfault';
const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMg.FAKEtk.fault-run-token-that-must-stay-secret';
const MESSAGES = `/channels/${CHANNEL}/messages`;

interface FaultRecord {
  fault: string;
  at: number;
  /** When the fault ended (process restarted, Redis back, scripted errors used up). */
  over?: number;
}

const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

describe('pipeline under faults', () => {
  it(`delivers ${ITEMS} alerts exactly once through crashes, a Redis restart, 429s and 5xx`, { timeout: 420_000 }, async () => {
    const redis = await OwnRedis.start();
    cleanups.push(() => redis.stop());
    const fake = await FakeDiscord.start([{ id: GUILD, channels: [CHANNEL] }]);
    cleanups.push(() => fake.close());
    const srv: FeedServer = await startFeedServer();
    cleanups.push(() => srv.close());
    const config = await writeConfigDir();
    cleanups.push(() => config.remove());

    // Feeds list every item released so far; the seen-set, not the feed, decides what is new.
    const released: number[][] = Array.from({ length: FEEDS }, () => []);
    let killOnNextFetch: WorkerProcess | undefined;
    for (let f = 0; f < FEEDS; f++) {
      srv.route(`/f${f}.xml`, (_req, res) => {
        const body = rss(`feed ${f}`, released[f]!.map((n) => ({ guid: `item-${n}`, title: itemTitle(n), link: itemUrl(n), description: `Report ${n}.` })));
        if (killOnNextFetch) {
          killOnNextFetch.crash(); // the poll worker dies with this request in flight
          killOnNextFetch = undefined;
        }
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body);
      });
    }

    const world = await seedWorld({ redisUrl: redis.url, prefix: PREFIX, feedUrls: Array.from({ length: FEEDS }, (_, f) => srv.url(`/f${f}.xml`)), channel: { platform: 'discord', id: CHANNEL } });
    cleanups.push(() => world.redis.quit());
    world.redis.on('error', () => undefined); // Redis is down on purpose for 2 s
    const queues = ['poll', 'match', 'alert'].map((name) => new Queue(name, { connection: world.redis, prefix: queuePrefix(PREFIX) }).on('error', () => undefined));
    cleanups.push(() => Promise.all(queues.map((q) => q.close())));
    const [, matchQueue, alertQueue] = queues as [Queue, Queue, Queue];

    const env = workerEnv({ redisUrl: redis.url, prefix: PREFIX, configDir: config.dir, pollSeconds: 1 });
    const poll = new WorkerProcess({ name: 'poll', roles: 'poll', env });
    const match = new WorkerProcess({ name: 'match', roles: 'match', env });
    const alert = new WorkerProcess({ name: 'alert', roles: 'alert', env: { ...env, DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: fake.appId, DISCORD_API_URL: fake.api } });
    const workers = [poll, match, alert];
    cleanups.push(() => Promise.all(workers.map((w) => w.stop())));
    await Promise.all(workers.map((w) => w.start()));

    // The window: Discord has accepted the message, the worker dies before it reads the answer.
    let windowKill: { items: number[] } | undefined;
    let armWindowKill = false;
    const fakeInternals = fake as unknown as { route(method: string, path: string, headers: unknown, body: any): ScriptedResponse };
    const route = fakeInternals.route.bind(fake);
    fakeInternals.route = (method, path, headers, body) => {
      const answer = route(method, path, headers, body);
      if (armWindowKill && method === 'POST' && path === MESSAGES && answer.status < 300) {
        armWindowKill = false;
        alert.crash();
        windowKill = { items: ((body?.embeds ?? []) as Array<{ url?: string }>).map((e) => itemNumber(e.url)).filter((n): n is number => n !== undefined) };
      }
      return answer;
    };

    const t0 = Date.now();
    const faults: FaultRecord[] = [];
    const release = (async () => {
      const perTick = Math.ceil(ITEMS / (RELEASE_MS / 250));
      for (let n = 0; n < ITEMS; ) {
        for (let k = 0; k < perTick && n < ITEMS; k++, n++) released[n % FEEDS]!.push(n);
        await sleep(250);
      }
    })();
    const until = async (check: () => Promise<boolean> | boolean, ms: number) => {
      const deadline = Date.now() + ms;
      while (!(await check()) && Date.now() < deadline) await sleep(5);
    };
    const restart = async (w: WorkerProcess, fault: FaultRecord) => {
      await w.kill9();
      await w.start();
      fault.over = Date.now();
    };
    const at = (ms: number) => sleep(Math.max(0, t0 + ms - Date.now()));

    await at(3_000);
    const midFetch: FaultRecord = { fault: 'kill -9 poll worker mid-fetch', at: 0 };
    killOnNextFetch = poll;
    await until(() => killOnNextFetch === undefined, 5_000);
    midFetch.at = Date.now();
    faults.push(midFetch);
    await restart(poll, midFetch);

    await at(8_000);
    await until(async () => (await matchQueue.getActiveCount()) > 0, 5_000);
    const midMatch: FaultRecord = { fault: 'kill -9 match worker mid-match', at: Date.now() };
    faults.push(midMatch);
    await restart(match, midMatch);

    await at(13_000);
    await until(async () => (await alertQueue.getActiveCount()) > 0, 5_000);
    const midDelivery: FaultRecord = { fault: 'kill -9 alert worker mid-delivery', at: Date.now() };
    faults.push(midDelivery);
    await restart(alert, midDelivery);

    await at(18_000);
    const redisCrash: FaultRecord = { fault: 'kill -9 Redis, restart after 2 s', at: Date.now() };
    faults.push(redisCrash);
    await redis.kill9();
    await sleep(2_000);
    await redis.start();
    redisCrash.over = Date.now();

    const scripted = (status: number, n: number, headers: Record<string, string> = {}, body: unknown = { message: 'scripted', code: 0 }) => Array.from({ length: n }, () => ({ status, headers, body }));
    const answeredAll = (from: number, n: number, status: number) => fake.requests.filter((r) => r.at >= from && r.path.endsWith(MESSAGES) && r.status === status).length >= n;

    await at(23_000);
    const limited: FaultRecord = { fault: 'Discord answers 429 (Retry-After 3 s) x6', at: Date.now() };
    faults.push(limited);
    fake.script('POST', MESSAGES, scripted(429, 6, { 'retry-after': '3' }, { message: 'You are being rate limited.', retry_after: 3, global: false }));
    await until(() => answeredAll(limited.at, 6, 429), 20_000);
    limited.over = Date.now();

    await at(28_000);
    const outage: FaultRecord = { fault: 'Discord answers 503 x12', at: Date.now() };
    faults.push(outage);
    fake.script('POST', MESSAGES, scripted(503, 12));
    await until(() => answeredAll(outage.at, 12, 503), 20_000);
    outage.over = Date.now();

    await at(33_000);
    const windowFault: FaultRecord = { fault: 'kill -9 alert worker after Discord accepted, before the record', at: 0 };
    armWindowKill = true;
    await until(() => windowKill !== undefined, 15_000);
    windowFault.at = Date.now();
    faults.push(windowFault);
    await restart(alert, windowFault);
    await release;
    const releasedAt = Date.now();

    // Done when every item arrived and no job is left anywhere (a killed worker's job returns as stalled).
    const delivered = () => fake.messagesTo(CHANNEL).flatMap((m) => ((m.body?.embeds ?? []) as Array<{ url?: string }>).map((e) => ({ n: itemNumber(e.url), at: m.at })));
    // Poll jobs never run out (each feed's scheduler keeps a delayed one): idle means match and alert are empty.
    const idle = async () => {
      for (const q of [matchQueue, alertQueue]) {
        const c = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
        if (Object.values(c).some((v) => v > 0)) return false;
      }
      return true;
    };
    await until(async () => new Set(delivered().map((d) => d.n)).size >= ITEMS && (await idle()), 240_000);
    const finishedAt = Date.now();
    await sleep(1_000);

    const all = delivered();
    const counts = new Map<number, number>();
    for (const d of all) if (d.n !== undefined) counts.set(d.n, (counts.get(d.n) ?? 0) + 1);
    const missing = Array.from({ length: ITEMS }, (_, n) => n).filter((n) => !counts.has(n));
    const duplicated = [...counts].filter(([, c]) => c > 1).map(([n]) => n);
    const inWindow = new Set(windowKill?.items ?? []);
    const duplicatedOutsideWindow = duplicated.filter((n) => !inWindow.has(n));
    const failedJobs = (await Promise.all(queues.map((q) => q.getJobCounts('failed')))).reduce((s, c) => s + (c.failed ?? 0), 0);
    const diagnosis = await diagnose(missing, world.redis, world.stores.keys, matchQueue, alertQueue);
    const nextDeliveryAfter = (t: number) => all.find((d) => d.at > t)?.at;

    const secs = (ms: number | undefined) => (ms === undefined ? '-' : `${(ms / 1000).toFixed(1)} s`);
    console.log(`\nclaimwatch fault run: ${ITEMS} items, ${FEEDS} feeds, processes poll/match/alert, own redis-server (AOF always)`);
    console.table(faults.map((f) => ({ fault: f.fault, 't (s)': ((f.at - t0) / 1000).toFixed(1), 'back after': secs(f.over && f.over - f.at), 'next alert after': secs((nextDeliveryAfter(f.over ?? f.at) ?? NaN) - f.at) })));
    console.table([{
      'alerts expected': ITEMS,
      'delivered (distinct)': counts.size,
      lost: missing.length,
      duplicated: duplicated.length,
      'dup. outside window': duplicatedOutsideWindow.length,
      'alerts in window msg': inWindow.size,
      'failed jobs': failedJobs,
      'Discord POSTs': fake.requests.filter((r) => r.path.endsWith(MESSAGES)).length,
      'drain after last item': secs(finishedAt - releasedAt),
      'run time': secs(finishedAt - t0),
      'worker kills': workers.reduce((s, w) => s + w.kills, 0),
    }]);

    if (missing.length) console.table(diagnosis);
    expect(missing, 'alerts never delivered').toEqual([]);
    expect(failedJobs, 'jobs given up on').toBe(0);
    expect(duplicatedOutsideWindow, 'duplicates outside the sent-then-killed window').toEqual([]);
    expect(windowKill, 'the window kill happened').toBeDefined();
  });
});

/** Where each undelivered item stopped: seen by the poller? judged? which job state? delivery recorded? */
async function diagnose(missing: number[], redis: Redis, keys: Keys, matchQueue: Queue, alertQueue: Queue): Promise<Array<Record<string, string | number>>> {
  const tally = new Map<string, number>();
  for (const n of missing) {
    const itemId = createHash('sha256').update(`guid:item-${n}`).digest('hex').slice(0, 32);
    const deliveryKey = `discord:${CHANNEL}:actor:${ACTOR.id}|${itemId}`;
    const where = [
      (await redis.zscore(keys.seen(`f${n % FEEDS}`), itemId)) === null ? 'unseen' : 'seen',
      `match:${await matchQueue.getJobState(itemId)}`,
      (await redis.exists(keys.item(itemId))) ? 'judged' : 'unjudged',
      `alert:${await alertQueue.getJobState(deliveryKey.replaceAll(':', '_'))}`,
      (await redis.exists(keys.delivery(deliveryKey))) ? 'recorded' : 'unrecorded',
    ].join(' ');
    tally.set(where, (tally.get(where) ?? 0) + 1);
  }
  return [...tally].map(([where, items]) => ({ where, items }));
}
