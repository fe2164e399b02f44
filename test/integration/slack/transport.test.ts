// SlackTransport against FakeSlack: Block Kit content, escaping of every third-party field, threads and edits,
// Slack's error codes mapped for the alert worker, 429s under the production settings, pacing and coalescing.
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ChatDeliveryError } from '../../../src/chat/core/errors.js';
import { createSlackAdapter, type SlackAdapterOptions } from '../../../src/chat/slack/index.js';
import type { Alert } from '../../../src/domain/alert/alert.js';
import type { Digest } from '../../../src/domain/digest/digest.js';
import { FakeSlack } from '../../fakes/slack.js';

let fake: FakeSlack;
let channelSeq = 0;
const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

beforeAll(async () => {
  fake = await FakeSlack.start();
});
afterAll(async () => fake.close());
beforeEach(() => fake.reset());

/** Production settings unless a test overrides them. */
function transport(overrides: Partial<SlackAdapterOptions> = {}) {
  return createSlackAdapter({ botToken: 'xoxb-test', signingSecret: 's', apiUrl: fake.apiUrl, port: 0, adminUsers: [], logger, ...overrides }).transport;
}
const fast = { clientOptions: { retryConfig: { retries: 0 } }, pacing: { intervalMs: 0, windowMs: 0 } };
const freshChannel = () => ({ platform: 'slack' as const, id: `CT${String(++channelSeq).padStart(7, '0')}` });

function alert(overrides: Partial<Alert> = {}): Alert {
  return {
    kind: 'denial',
    tenant: 'slack:T1',
    subscriptionId: 'slack:C1:claim:ceasefire-1',
    channel: { platform: 'slack', id: 'C1' },
    target: { kind: 'claim', id: 'ceasefire-1', text: 'Iran promised the US a ceasefire' },
    item: { id: 'item-1', title: 'White House denies ceasefire promise', url: 'https://news.example/a?id=1', publishedAt: '2026-03-01T10:00:00Z' },
    source: { id: 'statenews', name: 'State News Agency', label: 'state-owned', labelNote: 'official agency', basis: 'Owned by the ministry', citation: 'https://example.org/sna' },
    stance: 'denies',
    speaker: 'White House',
    evidence: 'The White House said no such promise was made.',
    flags: ['single-sourced'],
    relays: [{ name: 'Tasnim', label: 'IRGC-affiliated' }],
    actors: ['Abbas Araghchi'],
    notes: ['second denial by the White House'],
    status: 'reported by 2 outlets (1 state-affiliated) - denied by White House',
    ...overrides,
  };
}

const allText = (body: Record<string, unknown>) => JSON.stringify([body.text, body.blocks]);

describe('alerts in Block Kit', () => {
  it('posts headline, claim, linked title, outlet label and basis, quote, relays, flags, status and buttons', async () => {
    const ch = freshChannel();
    const ts = await transport(fast).send({ channel: ch, message: { kind: 'alert', alert: alert() } });
    const [call] = fake.callsTo('chat.postMessage');
    expect(ts).toMatch(/^\d+\.\d+$/);
    expect(call?.body.channel).toBe(ch.id);
    expect(call?.body.thread_ts).toBeUndefined();
    const text = allText(call?.body ?? {});
    for (const part of ['New denial by White House', 'Iran promised the US a ceasefire', '<https://news.example/a?id=1|White House denies ceasefire promise>', 'State News Agency, *state-owned (official agency)*', 'Owned by the ministry', '> The White House said no such promise', 'Tasnim (IRGC-affiliated)', 'single-sourced', 'Abbas Araghchi', 'second denial', 'reported by 2 outlets', 'Mute this claim for 24 h', 'Not relevant']) {
      expect(text).toContain(part);
    }
    expect(call?.body.text).toBe('New denial by White House: White House denies ceasefire promise (State News Agency, state-owned (official agency))');
  });

  it('threads replies under the claim root and edits the root with chat.update', async () => {
    const ch = freshChannel();
    const t = transport(fast);
    await t.send({ channel: ch, message: { kind: 'alert', alert: alert() }, threadOf: '1700000000.000001' });
    expect(fake.callsTo('chat.postMessage')[0]?.body.thread_ts).toBe('1700000000.000001');
    await t.edit(ch, '1700000000.000001', { kind: 'alert', alert: alert({ status: 'denied twice' }) });
    const [update] = fake.callsTo('chat.update');
    expect(update?.body).toMatchObject({ channel: ch.id, ts: '1700000000.000001' });
    expect(allText(update?.body ?? {})).toContain('denied twice');
  });

  it('escapes every third-party field: no mention, broadcast or disguised link survives', async () => {
    const evil = '<!channel> <!here> <@U0ADMIN> <http://phish.example|bank> & <#C0GENERAL>';
    const hostile = alert({
      target: { kind: 'claim', id: 'c-1', text: evil },
      item: { id: 'i', title: evil, url: 'https://news.example/x>y|<!channel>', publishedAt: '2026-03-01T10:00:00Z' },
      source: { id: 's', name: evil, label: 'private', labelNote: evil, basis: evil, citation: 'javascript:alert(1)' },
      speaker: evil,
      evidence: evil,
      relays: [{ name: evil }],
      actors: [evil],
      notes: [evil],
      status: evil,
    });
    await transport(fast).send({ channel: freshChannel(), message: { kind: 'alert', alert: hostile } });
    const body = fake.callsTo('chat.postMessage')[0]?.body ?? {};
    const text = allText(body);
    expect(text).not.toMatch(/<[!@#]/);
    expect(text).not.toContain('<http://phish');
    expect(text).not.toContain('javascript:');
    expect(text).toContain('&lt;!channel&gt; &lt;!here&gt; &lt;@U0ADMIN&gt; &lt;http://phish.example|bank&gt; &amp; &lt;#C0GENERAL&gt;');
    // The only link left is the item's, with the characters that could end it encoded.
    const links = text.match(/<[^<>]*>/g) ?? [];
    expect(links).toEqual([expect.stringMatching(/^<https:\/\/news\.example\/x%3Ey%7C%3C!channel%3E\|/)]);
  });
});

describe('errors for the alert worker', () => {
  const send = (overrides: Partial<SlackAdapterOptions> = {}) => transport({ ...fast, ...overrides }).send({ channel: freshChannel(), message: { kind: 'alert', alert: alert() } });

  it.each(['channel_not_found', 'not_in_channel', 'is_archived', 'account_inactive', 'invalid_auth'])('%s -> chat/channel-unavailable', async (error) => {
    fake.script('chat.postMessage', { body: { ok: false, error } });
    await expect(send()).rejects.toMatchObject({ code: 'chat/channel-unavailable', message: `slack: ${error}` });
  });

  it('a 5xx or an unknown error -> chat/transient', async () => {
    fake.script('chat.postMessage', { status: 503, body: 'unavailable' }, { body: { ok: false, error: 'internal_error' } });
    await expect(send()).rejects.toMatchObject({ code: 'chat/transient' });
    await expect(send()).rejects.toMatchObject({ code: 'chat/transient', message: expect.stringContaining('internal_error') });
  });
});

describe('rate limits (production settings)', () => {
  it('rides out a 429 with Retry-After: 1 and posts once it has passed', async () => {
    fake.script('chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    const started = Date.now();
    const ts = await transport().send({ channel: freshChannel(), message: { kind: 'alert', alert: alert() } });
    const calls = fake.callsTo('chat.postMessage');
    expect(ts).toMatch(/^\d+\.\d+$/);
    expect(calls).toHaveLength(2);
    expect((calls[1]?.at ?? 0) - (calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(990);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('hands a long Retry-After to the queue as chat/rate-limited without waiting', async () => {
    fake.script('chat.postMessage', { status: 429, headers: { 'retry-after': '30' }, body: { ok: false, error: 'ratelimited' } });
    const started = Date.now();
    const err = await transport().send({ channel: freshChannel(), message: { kind: 'alert', alert: alert() } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChatDeliveryError);
    expect(err).toMatchObject({ code: 'chat/rate-limited', retryAfterMs: 30_000 });
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe('pacing and coalescing (production settings)', () => {
  it('keeps about a second between two messages to one channel, none between channels', async () => {
    const t = transport();
    const ch = freshChannel();
    await Promise.all([t.send({ channel: ch, message: { kind: 'alert', alert: alert() } }), t.send({ channel: ch, message: { kind: 'alert', alert: alert({ item: { ...alert().item, id: 'item-2' } }) } }), t.send({ channel: freshChannel(), message: { kind: 'notice', text: 'other channel' } })]);
    const [first, second] = fake.callsTo('chat.postMessage').filter((c) => c.body.channel === ch.id);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
    const other = fake.callsTo('chat.postMessage').find((c) => c.body.channel !== ch.id);
    expect((other?.at ?? Infinity) - (first?.at ?? 0)).toBeLessThan(500);
  }, 8_000);

  it('coalesces a burst of alerts for one thread into one message', async () => {
    const t = transport();
    const ch = freshChannel();
    const burst = [1, 2, 3].map((n) => t.send({ channel: ch, threadOf: '1700000000.000009', message: { kind: 'alert', alert: alert({ item: { ...alert().item, id: `item-${n}`, title: `Report number ${n}` } }) } }));
    const refs = await Promise.all(burst);
    const calls = fake.callsTo('chat.postMessage');
    expect(calls).toHaveLength(1);
    expect(new Set(refs).size).toBe(1);
    const text = allText(calls[0]?.body ?? {});
    for (const n of [1, 2, 3]) expect(text).toContain(`Report number ${n}`);
    expect(calls[0]?.body.thread_ts).toBe('1700000000.000009');
  });
});

describe('digests within Slack limits', () => {
  it('pages a large digest at 50 blocks, keeps sections under 3,000 characters and cuts only at words', async () => {
    const longName = Array.from({ length: 400 }, (_, i) => `outlet${i}`).join(' ');
    const digest: Digest = {
      tenant: 'slack:T1', windowStart: '2026-03-01T00:00:00Z', windowEnd: '2026-03-02T00:00:00Z', timeZone: 'UTC', quiet: ['q1'],
      active: Array.from({ length: 60 }, (_, i) => ({
        claimId: `c${i}`, statement: `Claim number ${i} <!channel>`, corroboration: i,
        newOutlets: [{ name: longName, label: 'private' as const }], denials: [{ speaker: 'White House', outlet: 'Wire' }], assertions: [], weaklySourced: [],
      })),
    };
    const ref = await transport(fast).send({ channel: freshChannel(), message: { kind: 'digest', digest } });
    const pages = fake.callsTo('chat.postMessage');
    expect(ref).toMatch(/^\d+\.\d+$/);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      const blocks = page.body.blocks as Array<{ type: string; text?: { text: string } }>;
      expect(blocks.length).toBeLessThanOrEqual(50);
      for (const b of blocks) {
        if (!b.text) continue;
        expect(b.text.text.length).toBeLessThanOrEqual(3_000);
        const cut = /New outlets: (.*)…$/.exec(b.text.text)?.[1];
        if (cut !== undefined) expect(longName.charAt(cut.length)).toBe(' ');
      }
      expect(allText(page.body)).not.toContain('<!channel>');
    }
    expect(allText(pages.at(-1)?.body ?? {})).toMatch(/more active claim\(s\)|No activity/);
  });
});
