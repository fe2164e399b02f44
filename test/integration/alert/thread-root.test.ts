// Concurrent deliveries for one claim in one channel: exactly one becomes the thread root, the rest reply in it.
import { afterAll, describe, expect, it } from 'vitest';
import { deliver, type DeliverDeps } from '../../../src/alert/deliver.js';
import { ThreadStore } from '../../../src/alert/thread-store.js';
import { ChatDeliveryError } from '../../../src/chat/core/errors.js';
import type { ChatTransport, Delivery } from '../../../src/chat/core/transport.js';
import type { Alert } from '../../../src/domain/alert/alert.js';
import { createStores } from '../../../src/store/index.js';
import { deletePrefix, testRedis, uniquePrefix } from '../../helpers/redis.js';

const redis = testRedis();
const prefix = uniquePrefix('threads');
const stores = createStores(redis, prefix, []);
afterAll(async () => {
  await deletePrefix(redis, prefix);
  await redis.quit();
});

const channel = { platform: 'console' as const, id: 'chan' };
const alert = (itemId: string): Alert => ({
  kind: 'mention', tenant: 't', subscriptionId: 'sub', channel, target: { kind: 'claim', id: 'c1', text: 'claim' },
  item: { id: itemId, title: itemId, url: `https://example.org/${itemId}`, publishedAt: '2024-06-02T00:00:00Z' },
  source: { id: 's', name: 'S', label: 'private', basis: 'a private outlet' }, flags: [], relays: [], actors: [], notes: [], status: `status ${itemId}`,
});

describe('thread roots under concurrency', () => {
  it('lets one alert start the thread; the others are told to wait, then reply in it', async () => {
    await stores.subscriptions.put({ id: 'sub', tenant: 't', channel, target: { kind: 'claim', id: 'c1' }, kinds: ['mention'] });
    const sent: Delivery[] = [];
    let release: () => void = () => undefined;
    const slowFirstSend = new Promise<void>((r) => (release = r));
    const transport: ChatTransport = {
      platform: 'console',
      async send(d) {
        sent.push(d);
        if (sent.length === 1) await slowFirstSend;
        return `ref-${sent.length}`;
      },
      async edit() {},
    };
    const deps: DeliverDeps = { stores, threads: new ThreadStore(redis, stores.keys), transports: new Map([['console', transport]]), now: () => new Date() };
    const first = deliver({ type: 'alert', alert: alert('a'), deliveryKey: 'k-a' }, deps);
    await new Promise((r) => setTimeout(r, 20));
    const second = await deliver({ type: 'alert', alert: alert('b'), deliveryKey: 'k-b' }, deps).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(ChatDeliveryError);
    expect((second as ChatDeliveryError).code).toBe('chat/rate-limited');
    release();
    expect(await first).toBe('sent');
    expect(await deliver({ type: 'alert', alert: alert('b'), deliveryKey: 'k-b' }, deps)).toBe('sent');
    expect(sent.map((d) => d.threadOf)).toEqual([undefined, 'ref-1']);
  });
});
