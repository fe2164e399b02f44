// A claim's story in one channel, through the real match stage, alert stage and Redis stores (the engine is
// scripted, so this checks the flow, not stance detection): the first alert is the thread root, quiet hours
// hold an assertion for the digest but still edit the root, a denial arrives at once in the thread, and a second
// denial by the same speaker only updates the root.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliver } from '../../../src/alert/deliver.js';
import { ThreadStore } from '../../../src/alert/thread-store.js';
import type { ChatTransport, Delivery, Outbound } from '../../../src/chat/core/transport.js';
import { ChannelSettingsStore } from '../../../src/digest/channel-settings-store.js';
import type { Alert } from '../../../src/domain/alert/alert.js';
import type { Engine } from '../../../src/domain/match/engine.js';
import type { ClaimMatch, Item, Judgement } from '../../../src/domain/model.js';
import type { ChannelRef } from '../../../src/domain/subscription.js';
import type { EngineCache } from '../../../src/match/engine-cache.js';
import { processItem } from '../../../src/match/match-stage.js';
import { createStores, type Stores } from '../../../src/store/index.js';
import { deletePrefix, testRedis, uniquePrefix } from '../../helpers/redis.js';
import { TEST_REGISTRY } from '../../helpers/registry.js';

const CHANNEL: ChannelRef = { platform: 'console', id: 'newsroom' };
const CLAIM = 'c2';

class RecordingTransport implements ChatTransport {
  readonly platform = 'console' as const;
  sent: Array<Delivery & { ref: string }> = [];
  edits: Array<{ ref: string; message: Outbound }> = [];
  async send(d: Delivery): Promise<string> {
    const ref = `m${this.sent.length + 1}`;
    this.sent.push({ ...d, ref });
    return ref;
  }
  async edit(_c: ChannelRef, ref: string, message: Outbound): Promise<void> {
    this.edits.push({ ref, message });
  }
}

describe('denial thread and quiet hours', () => {
  const redis = testRedis();
  const prefix = uniquePrefix('denial-thread');
  let stores: Stores;
  const transport = new RecordingTransport();
  let clock = new Date('2024-06-02T12:00:00Z');
  let script: Judgement['claims'] = [];

  const engine = { judge: (item: Item): Judgement => ({ itemId: item.id, claims: script, actors: [], flags: [], relays: [] }) } as unknown as Engine;
  const run = async (id: string, sourceId: string, title: string, match: Omit<ClaimMatch, 'claimId' | 'score' | 'terms' | 'confidence'>) => {
    script = [{ claimId: CLAIM, score: 1, terms: [], confidence: 0.9, ...match }];
    const item: Item = { id, feedId: 'f', sourceId, url: `https://example.org/${id}`, title, summary: '', publishedAt: clock.toISOString(), seenAt: clock.toISOString() };
    const threads = new ThreadStore(redis, stores.keys);
    await processItem(item, {
      stores,
      engines: { current: async () => ({ engine, actorsById: new Map() }) } as unknown as EngineCache,
      sourcesById: new Map(TEST_REGISTRY.sources.map((s) => [s.id, s])),
      now: () => clock,
      enqueueAlerts: async (jobs) => {
        for (const job of jobs) await deliver(job, { stores, threads, transports: new Map([['console', transport]]), now: () => clock });
      },
    });
  };
  const alertOf = (m: Outbound) => (m.kind === 'alert' ? m.alert : undefined) as Alert;

  beforeAll(async () => {
    stores = createStores(redis, prefix, []);
    await stores.claims.put({ id: CLAIM, tenant: 't', statement: 'The US sent Iran a written message', required: [], keywords: [], excluded: [], actorIds: [], createdAt: clock.toISOString() });
    await stores.subscriptions.put({ id: 's', tenant: 't', channel: CHANNEL, target: { kind: 'claim', id: CLAIM }, kinds: ['first-sighting', 'denial', 'assertion'] });
  });
  afterAll(async () => {
    await deletePrefix(redis, prefix);
    await redis.quit();
  });

  it('tells the story in one thread, holding the assertion during quiet hours', async () => {
    await run('i1', 'testwire', 'Report: US sent a written message to Tehran', { stance: 'reports' });
    expect(transport.sent.map((s) => alertOf(s.message).kind)).toEqual(['first-sighting']);
    const root = transport.sent[0]!.ref;

    // Quiet hours 22:00-07:00 UTC; at 23:00 an assertion is held, a denial is not.
    await new ChannelSettingsStore(redis, stores.keys).put(CHANNEL, { tenant: 't', timeZone: 'UTC', digest: { time: '08:00' }, quiet: { from: '22:00', to: '07:00' } });
    clock = new Date('2024-06-02T23:00:00Z');
    await run('i2', 'statenews', 'Commander says the US sent the message', { stance: 'asserts', speaker: 'IRGC commander' });
    expect(transport.sent).toHaveLength(1);
    expect(transport.edits.at(-1)).toMatchObject({ ref: root });
    expect(alertOf(transport.edits.at(-1)!.message).status).toMatch(/asserted by IRGC commander/);

    await run('i3', 'testwire', 'White House calls the claim false', { stance: 'denies', speaker: 'White House', evidence: 'The White House said the claim was false.' });
    expect(transport.sent.map((s) => [alertOf(s.message).kind, s.threadOf])).toEqual([
      ['first-sighting', undefined],
      ['denial', root],
    ]);
    expect(alertOf(transport.sent[1]!.message).evidence).toBe('The White House said the claim was false.');
    expect(alertOf(transport.edits.at(-1)!.message).status).toMatch(/denied by White House/);

    // Outside quiet hours, the same speaker denying again elsewhere updates the root and sends nothing new.
    clock = new Date('2024-06-03T09:00:00Z');
    const editsBefore = transport.edits.length;
    await run('i4', 'statenews', 'Washington again rejects report of a letter', { stance: 'denies', speaker: 'the White House' });
    expect(transport.sent).toHaveLength(2);
    expect(transport.edits.length).toBe(editsBefore + 1);
    expect(alertOf(transport.edits.at(-1)!.message).status).toMatch(/^reported by 2 outlets \(1 state-affiliated\) - 2 independent reports - denied by White House \(2 outlets\) - asserted by IRGC commander$/);
  });
});
