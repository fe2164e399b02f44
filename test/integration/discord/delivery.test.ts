// The Discord transport under the real alert worker (BullMQ on real Redis): a channel Discord refuses pauses its
// subscription with the reason instead of retrying, and a long 429 becomes a delayed job that is delivered
// later, so a rate-limit storm loses nothing and holds no worker.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Worker } from 'bullmq';
import { startAlertWorker } from '../../../src/alert/alert-worker.js';
import { ThreadStore } from '../../../src/alert/thread-store.js';
import { createDiscordAdapter } from '../../../src/chat/discord/index.js';
import { createMetrics } from '../../../src/ops/metrics.js';
import { createQueues, queuePrefix, type Queues } from '../../../src/queue/queues.js';
import { createStores, type Stores } from '../../../src/store/index.js';
import type { Redis } from 'ioredis';
import { FakeDiscord } from '../../fakes/discord.js';
import { eventually } from '../../helpers/app-harness.js';
import { deletePrefix, testRedis, uniquePrefix } from '../../helpers/redis.js';
import { actorAlert, denialAlert } from './alert-fixtures.js';
import { ACTORS } from './harness.js';

const OK_CHANNEL = '1200000000000000011';
const GONE_CHANNEL = '1200000000000000066';

describe('delivery through the alert worker', () => {
  let fake: FakeDiscord;
  let redis: Redis;
  let prefix: string;
  let stores: Stores;
  let queues: Queues;
  let worker: Worker;
  let adapter: ReturnType<typeof createDiscordAdapter>;
  const metrics = createMetrics();

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    redis = testRedis();
    prefix = uniquePrefix('discord-delivery');
    stores = createStores(redis, prefix, ACTORS);
    queues = createQueues(redis, prefix);
    adapter = createDiscordAdapter({ token: 'fake-token', appId: fake.appId, apiUrl: fake.api, logger: pino({ level: 'silent' }), restOptions: { offset: 0, timeout: 2_000, retries: 1 }, coalesceWindowMs: 0, longRateLimitMs: 100 });
    const deps = { stores, threads: new ThreadStore(redis, stores.keys), transports: new Map([['discord' as const, adapter.transport]]), now: () => new Date() };
    worker = startAlertWorker(redis, queuePrefix(prefix), deps, pino({ level: 'silent' }), metrics);
  });
  afterAll(async () => {
    await worker?.close();
    await Promise.all(Object.values(queues).map((q) => q.close()));
    await adapter?.stop();
    await fake?.close();
    await deletePrefix(redis, prefix);
    await redis.quit();
  });

  it('403 Missing Access pauses the subscription with the reason; nothing is retried', async () => {
    fake.script('POST', `/channels/${GONE_CHANNEL}/messages`, [{ status: 403, body: { message: 'Missing Access', code: 50001 } }]);
    const alert = denialAlert(GONE_CHANNEL);
    await stores.subscriptions.put({ id: alert.subscriptionId, tenant: alert.tenant, channel: alert.channel, target: { kind: 'claim', id: alert.target.id }, kinds: ['denial'] });
    await queues.alert.add('alert', { type: 'alert', alert, deliveryKey: 'gone-1' });
    const sub = await eventually(async () => (await stores.subscriptions.get(alert.subscriptionId))?.paused, 5_000, 'the subscription to pause');
    expect(sub.reason).toContain('Missing Access (50001)');
    expect(fake.requests.filter((r) => r.path === `/api/v10/channels/${GONE_CHANNEL}/messages`)).toHaveLength(1);
    expect(await stores.deliveries.wasDelivered('gone-1')).toBe(false);
  });

  it('a storm of long 429s becomes delayed jobs; every alert is delivered once, none lost', async () => {
    fake.script('POST', `/channels/${OK_CHANNEL}/messages`, Array.from({ length: 4 }, () => ({ status: 429, headers: { 'retry-after': '0.3' }, body: { message: 'You are being rate limited.', retry_after: 0.3, global: false } })));
    const alerts = Array.from({ length: 6 }, (_, i) => actorAlert(OK_CHANNEL, i));
    await stores.subscriptions.put({ id: alerts[0]!.subscriptionId, tenant: alerts[0]!.tenant, channel: alerts[0]!.channel, target: { kind: 'actor', id: 'white-house' }, kinds: ['actor'] });
    await queues.alert.addBulk(alerts.map((alert, i) => ({ name: 'alert', data: { type: 'alert' as const, alert, deliveryKey: `storm-${i}` } })));
    await eventually(async () => (await Promise.all(alerts.map((_, i) => stores.deliveries.wasDelivered(`storm-${i}`)))).every(Boolean) || undefined, 15_000, 'every alert to be delivered');
    const titles = fake.messagesTo(OK_CHANNEL).flatMap((p) => p.body.embeds.map((e: { title: string }) => e.title));
    expect(titles.sort()).toEqual(alerts.map((a) => a.item.title).sort());
    expect(fake.requests.filter((r) => r.status === 429)).toHaveLength(4);
    // Each 429 was handed back to the queue as a delay (rejectOnRateLimit), not slept on inside discord.js.
    const delayed = (await metrics.alerts.get()).values.filter((v) => v.labels.outcome === 'rate-limited').reduce((n, v) => n + v.value, 0);
    expect(delayed).toBeGreaterThanOrEqual(4);
  });
});
