// The Discord transport against the fake's REST: alert embeds, hostile text, RTL isolation, threads, coalescing,
// digests, and what Discord's failures become (ChatDeliveryError codes the alert worker acts on).
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ChatDeliveryError } from '../../../src/chat/core/errors.js';
import { createDiscordAdapter } from '../../../src/chat/discord/index.js';
import { EMBED_LIMITS, embedLength } from '../../../src/chat/discord/embed-limits.js';
import { FakeDiscord } from '../../fakes/discord.js';
import { actorAlert, denialAlert, digestOf } from './alert-fixtures.js';

const C = '1200000000000000011';
const channel = { platform: 'discord' as const, id: C };
let fake: FakeDiscord;
const adapters: Array<ReturnType<typeof createDiscordAdapter>> = [];

/** A transport on discord.js's REST client pointed at the fake (no gateway login needed to post). */
function transport(coalesceWindowMs = 0) {
  const adapter = createDiscordAdapter({ token: 'fake-token', appId: fake.appId, apiUrl: fake.api, logger: pino({ level: 'silent' }), restOptions: { offset: 0, timeout: 2_000, retries: 1 }, coalesceWindowMs });
  adapters.push(adapter);
  return adapter.transport;
}

beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterEach(() => {
  fake.requests.length = 0;
});
afterAll(async () => {
  for (const a of adapters) await a.stop();
  await fake.close();
});

async function failure(p: Promise<unknown>): Promise<ChatDeliveryError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(ChatDeliveryError);
  return err as ChatDeliveryError;
}

describe('alert embeds', () => {
  it('a denial is a red embed linked to the item, with outlet label, basis, citation, relays, flags, speaker, quote and status', async () => {
    const ref = await transport().send({ channel, message: { kind: 'alert', alert: denialAlert(C) } });
    const [req] = fake.messagesTo(C);
    expect(req?.headers.authorization).toBe('Bot fake-token');
    expect(ref).toMatch(/^\d+$/);
    expect(req?.body.allowed_mentions).toEqual({ parse: [] });
    const embed = req?.body.embeds[0];
    expect(embed.color).toBe(0xd93025);
    expect(embed.title).toBe('White House denies involvement in Natanz blast');
    expect(embed.url).toBe('https://news.example.org/natanz');
    expect(embed.description).toContain('New denial by White House');
    expect(embed.description).toContain('> The White House said the United States had no involvement');
    const fields = Object.fromEntries(embed.fields.map((f: { name: string; value: string }) => [f.name, f.value]));
    expect(fields.Claim).toBe('Israel struck the Natanz enrichment facility');
    expect(fields.Outlet).toContain('Tasnim News Agency: IRGC-affiliated');
    expect(fields.Outlet).toContain('Basis: Founded by and close to the IRGC.');
    expect(fields.Outlet).toContain('[citation](https://example.org/tasnim-basis)');
    expect(fields.Relays).toBe('relays Fars (IRGC-affiliated)');
    expect(fields.Flags).toBe('anonymous sources');
    expect(fields.Speaker).toBe('White House');
    expect(fields.Notes).toBe('second denial by the White House');
    expect(fields.Status).toContain('denied by the White House');
  });

  it('a hostile title pings nobody: mentions defused, markdown escaped, masked link shows its real target', async () => {
    const title = '@everyone @here <@&123456789012345678> **URGENT** [official statement](https://evil.example/x) `code`';
    await transport().send({ channel, message: { kind: 'alert', alert: denialAlert(C, { item: { id: 'h', title, url: 'https://news.example.org/h', publishedAt: '2026-11-20T10:00:00Z' } }) } });
    const body = fake.messagesTo(C)[0]?.body;
    expect(body.allowed_mentions).toEqual({ parse: [] });
    const t: string = body.embeds[0].title;
    expect(t).not.toMatch(/@everyone|@here/);
    expect(t).toContain('@\u200beveryone');
    expect(t).not.toContain('<@&123456789012345678>');
    expect(t).toContain('\\*\\*URGENT\\*\\*');
    expect(t).not.toContain('[official statement](');
    expect(t).toContain('https://evil.example/x');
    expect(t).toContain('\\`code\\`');
  });

  it('Persian and Arabic text is wrapped in first-strong isolates; bidi overrides from the feed are removed', async () => {
    const title = 'سپاه پاسداران حمله را تکذیب کرد\u202e';
    await transport().send({ channel, message: { kind: 'alert', alert: denialAlert(C, { item: { id: 'fa', title, url: 'https://news.example.org/fa', publishedAt: '2026-11-20T10:00:00Z', language: 'fa' }, evidence: 'نفى المتحدث الرسمي أي تورط' }) } });
    const embed = fake.messagesTo(C)[0]?.body.embeds[0];
    expect(embed.title).toBe('\u2068سپاه پاسداران حمله را تکذیب کرد\u2069');
    expect(embed.description).toContain('> \u2068نفى المتحدث الرسمي أي تورط\u2069');
  });

  it('oversized third-party text is summarised within Discord limits at word boundaries', async () => {
    const long = 'word '.repeat(2_000);
    await transport().send({ channel, message: { kind: 'alert', alert: denialAlert(C, { item: { id: 'l', title: long, url: 'https://news.example.org/l', publishedAt: '2026-11-20T10:00:00Z' }, evidence: long, notes: Array.from({ length: 200 }, (_, i) => `note ${i} ${long.slice(0, 50)}`), relays: Array.from({ length: 100 }, (_, i) => ({ name: `Relay ${i}` })) }) } });
    const embed = fake.messagesTo(C)[0]?.body.embeds[0];
    expect(embed.title.length).toBeLessThanOrEqual(EMBED_LIMITS.title);
    expect(embed.title.endsWith('word…')).toBe(true);
    expect(embedLength(embed)).toBeLessThanOrEqual(EMBED_LIMITS.total);
    for (const f of embed.fields) expect(f.value.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldValue);
    expect(embed.fields.find((f: { name: string }) => f.name === 'Notes').value).toMatch(/… and \d+ more$/);
  });
});

describe('threads, edits and coalescing', () => {
  it('a follow-up creates a thread on the root once, posts into it, and reuses it', async () => {
    const t = transport();
    const root = await t.send({ channel, message: { kind: 'alert', alert: denialAlert(C) } });
    await t.send({ channel, threadOf: root, message: { kind: 'alert', alert: denialAlert(C, { kind: 'mention', stance: 'reports' }) } });
    await t.send({ channel, threadOf: root, message: { kind: 'alert', alert: denialAlert(C, { kind: 'assertion', stance: 'asserts' }) } });
    const creates = fake.requests.filter((r) => r.path === `/api/v10/channels/${C}/messages/${root}/threads`);
    expect(creates).toHaveLength(1);
    expect(creates[0]?.body.name).toBe('Israel struck the Natanz enrichment facility');
    expect(fake.messagesTo(root)).toHaveLength(2);
  });

  it('after a restart, "thread already created" (160004) reuses the root-id thread', async () => {
    fake.script('POST', '/channels/\\d+/messages/\\d+/threads', [{ status: 400, body: { message: 'A thread has already been created for this message', code: 160004 } }]);
    const root = '1300000000000999001';
    await transport().send({ channel, threadOf: root, message: { kind: 'alert', alert: denialAlert(C) } });
    expect(fake.messagesTo(root)).toHaveLength(1);
    expect(fake.messagesTo(C)).toHaveLength(0);
  });

  it('edit rewrites the root message in place', async () => {
    await transport().edit(channel, '1300000000000999002', { kind: 'alert', alert: denialAlert(C, { status: 'now denied twice' }) });
    const patch = fake.requests.find((r) => r.method === 'PATCH');
    expect(patch?.path).toBe(`/api/v10/channels/${C}/messages/1300000000000999002`);
    expect(patch?.body.allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(patch?.body.embeds)).toContain('now denied twice');
  });

  it('a burst for one channel is coalesced into messages of up to 10 embeds; every caller gets its message id', async () => {
    const t = transport(100);
    const refs = await Promise.all(Array.from({ length: 12 }, (_, i) => t.send({ channel, message: { kind: 'alert', alert: actorAlert(C, i) } })));
    const posts = fake.messagesTo(C);
    expect(posts.map((p) => p.body.embeds.length)).toEqual([10, 2]);
    expect(new Set(refs).size).toBe(2);
    const titles = posts.flatMap((p) => p.body.embeds.map((e: { title: string }) => e.title));
    expect(titles).toEqual(Array.from({ length: 12 }, (_, i) => `Item number ${i} mentions the White House`));
  });

  it('claim alerts that start a thread are never merged (each becomes its own editable root)', async () => {
    const t = transport(100);
    await Promise.all([1, 2, 3].map((i) => t.send({ channel, message: { kind: 'alert', alert: denialAlert(C, { item: { id: `r${i}`, title: `Root ${i}`, url: 'https://news.example.org/r', publishedAt: '2026-11-20T10:00:00Z' } }) } })));
    expect(fake.messagesTo(C).map((p) => p.body.embeds.length)).toEqual([1, 1, 1]);
  });
});

describe('digests and notices', () => {
  it('a large digest is paged by claim, each message within 6000 characters', async () => {
    const ref = await transport().send({ channel, message: { kind: 'digest', digest: digestOf(40) } });
    const posts = fake.messagesTo(C);
    expect(posts.length).toBeGreaterThan(1);
    expect(ref).toMatch(/^\d+$/);
    for (const p of posts) {
      expect(p.body.embeds).toHaveLength(1);
      expect(embedLength(p.body.embeds[0])).toBeLessThanOrEqual(EMBED_LIMITS.total);
    }
    const fieldCount = posts.reduce((n, p) => n + p.body.embeds[0].fields.length, 0);
    expect(fieldCount).toBe(40);
    expect(posts.at(-1)?.body.embeds[0].footer.text).toBe('No activity: 2 other claims');
  });

  it('a notice is plain content that pings nobody', async () => {
    await transport().send({ channel, message: { kind: 'notice', text: 'Feed paused @everyone' } });
    const body = fake.messagesTo(C)[0]?.body;
    expect(body.content).toBe('Feed paused @\u200beveryone');
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('failures', () => {
  it('403 Missing Access, 403 Missing Permissions and 404 Unknown Channel mean the channel is unavailable', async () => {
    fake.script('POST', `/channels/${C}/messages`, [
      { status: 403, body: { message: 'Missing Access', code: 50001 } },
      { status: 403, body: { message: 'Missing Permissions', code: 50013 } },
      { status: 404, body: { message: 'Unknown Channel', code: 10003 } },
    ]);
    const t = transport();
    for (const code of [50001, 50013, 10003]) {
      const err = await failure(t.send({ channel, message: { kind: 'alert', alert: denialAlert(C) } }));
      expect(err.code).toBe('chat/channel-unavailable');
      expect(err.message).toContain(String(code));
    }
  });

  it('a 429 storm with short Retry-After is ridden out by discord.js; nothing is lost', async () => {
    fake.script('POST', `/channels/${C}/messages`, Array.from({ length: 6 }, () => ({ status: 429, headers: { 'retry-after': '0.05' }, body: { message: 'You are being rate limited.', retry_after: 0.05, global: false } })));
    const t = transport();
    const refs = await Promise.all(Array.from({ length: 5 }, (_, i) => t.send({ channel, message: { kind: 'alert', alert: actorAlert(C, i) } })));
    expect(refs.every((r) => /^\d+$/.test(r))).toBe(true);
    const delivered = fake.messagesTo(C).flatMap((p) => p.body.embeds.map((e: { title: string }) => e.title));
    expect(delivered.sort()).toEqual(Array.from({ length: 5 }, (_, i) => `Item number ${i} mentions the White House`).sort());
    expect(fake.requests.filter((r) => r.status === 429)).toHaveLength(6);
  });

  it('a long 429 on a channel route rejects at once as chat/rate-limited with the wait', async () => {
    fake.script('POST', `/channels/${C}/messages`, [{ status: 429, headers: { 'retry-after': '5' }, body: { message: 'You are being rate limited.', retry_after: 5, global: false } }]);
    const started = Date.now();
    const err = await failure(transport().send({ channel, message: { kind: 'alert', alert: denialAlert(C) } }));
    expect(err.code).toBe('chat/rate-limited');
    expect(err.retryAfterMs).toBeGreaterThanOrEqual(5_000);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('repeated 5xx is transient', async () => {
    fake.script('POST', `/channels/${C}/messages`, Array.from({ length: 3 }, () => ({ status: 502, body: { message: 'Bad Gateway' } })));
    const err = await failure(transport().send({ channel, message: { kind: 'alert', alert: denialAlert(C) } }));
    expect(err.code).toBe('chat/transient');
  });
});
