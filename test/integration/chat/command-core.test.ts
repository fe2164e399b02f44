// The platform-agnostic command core against real Redis: happy paths, bad arguments, permissions, tenancy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/chat/core/commands/index.js';
import { replyToText } from '../../../src/chat/core/reply.js';
import { commandDeps, context, type RecordingDeps } from '../../helpers/command-deps.js';
import { deletePrefix, testRedis, uniquePrefix } from '../../helpers/redis.js';
import { TEST_REGISTRY } from '../../helpers/registry.js';

const redis = testRedis();
const prefix = uniquePrefix('commands');
let deps: RecordingDeps;
const A = context('discord:guild-a');
const B = context('discord:guild-b');
const text = async (group: string, name: string, args: Record<string, unknown>, ctx = A) => {
  const reply = await runCommand(group, name, args, ctx, deps);
  return { ok: reply.ok, text: replyToText(reply), reply };
};

beforeAll(() => {
  deps = commandDeps(redis, prefix, TEST_REGISTRY);
});
afterAll(async () => {
  await deletePrefix(redis, prefix);
  await redis.quit();
});

describe('claim commands', () => {
  let claimId = '';
  it('track replies with the id, the derived terms and the channel', async () => {
    const r = await text('claim', 'track', { statement: 'Iran promised the US not to retaliate', keywords: 'ceasefire, truce' });
    expect(r.ok).toBe(true);
    claimId = r.reply.title.replace('Tracking claim ', '');
    expect(claimId).toMatch(/^iran-promised-[a-z0-9-]+-n\d+$/);
    expect(r.text).toContain('ceasefire');
    expect(r.text).toContain('retaliate');
    expect(r.text).toContain('channel chan-1');
    const sub = await deps.stores.subscriptions.forTarget({ kind: 'claim', id: claimId });
    expect(sub.map((s) => s.kinds)).toEqual([['first-sighting', 'denial']]);
  });

  it('list and show see it; another tenant does not, and cannot untrack it', async () => {
    expect((await text('claim', 'list', {})).text).toContain(claimId);
    expect((await text('claim', 'show', { id: claimId })).text).toContain('not seen yet');
    expect((await text('claim', 'list', {}, B)).text).toContain('No claims tracked yet');
    expect((await text('claim', 'show', { id: claimId }, B)).ok).toBe(false);
    expect((await text('claim', 'untrack', { id: claimId }, B)).ok).toBe(false);
    expect(await deps.stores.claims.get(claimId)).toBeDefined();
  });

  it('untrack removes the claim and its subscriptions', async () => {
    expect((await text('claim', 'untrack', { id: claimId })).ok).toBe(true);
    expect(await deps.stores.claims.get(claimId)).toBeUndefined();
    expect(await deps.stores.subscriptions.forTarget({ kind: 'claim', id: claimId })).toEqual([]);
  });

  it('rejects bad arguments with a message and the usage line', async () => {
    const empty = await text('claim', 'track', { statement: '\u0000\u0007  ' });
    expect(empty.ok).toBe(false);
    expect(empty.text).toContain('statement is empty');
    expect(empty.text).toContain('Usage: claim track <statement> [keywords] [actors] [channel]');
    const huge = await text('claim', 'track', { statement: 'x'.repeat(10_000) });
    expect(huge.text).toContain('longer than 500 characters');
    const missing = await text('claim', 'track', {});
    expect(missing.text).toContain('statement is required');
    expect((await text('claim', 'track', { statement: 'About someone', actors: 'Nobody Known' })).text).toContain('No actor named Nobody Known');
    expect((await text('claim', 'show', { id: 'bad id!' })).text).toContain('may contain only letters');
  });

  it('strips control and bidi-override characters from statements', async () => {
    const r = await text('claim', 'track', { statement: 'Hamas\u202e accepted\u0000 the deal' });
    const claim = await deps.stores.claims.get(r.reply.title.replace('Tracking claim ', ''));
    expect(claim?.statement).toBe('Hamas accepted the deal');
  });
});

describe('feed commands', () => {
  it('need admin rights to add', async () => {
    const r = await text('feed', 'add', { url: 'https://example.org/rss', source: 'testwire' });
    expect(r.ok).toBe(false);
    expect(r.text).toContain('Manage Server');
    expect(deps.scheduled).toHaveLength(0);
  });

  it('add checks the URL, stores and schedules the feed; remove is limited to the tenant that added it', async () => {
    const admin = { ...A, isAdmin: true };
    const r = await text('feed', 'add', { url: 'https://example.org/rss', source: 'testwire' }, admin);
    expect(r.ok, r.text).toBe(true);
    const feedId = r.reply.title.replace('Added feed ', '');
    expect(deps.scheduled.map((f) => f.id)).toEqual([feedId]);
    expect((await text('feed', 'list', {})).text).toContain('not polled yet');
    expect((await text('feed', 'remove', { id: feedId }, { ...B, isAdmin: true })).ok).toBe(false);
    expect((await text('feed', 'remove', { id: feedId }, admin)).ok).toBe(true);
    expect(deps.unscheduled).toEqual([feedId]);
  });

  it('refuses a URL the check rejects, with the reason', async () => {
    const failing = commandDeps(redis, prefix, TEST_REGISTRY, async () => {
      throw new Error('ingest/blocked-address: 127.0.0.1 is a loopback address');
    });
    const reply = await runCommand('feed', 'add', { url: 'http://localhost/rss', source: 'testwire' }, { ...A, isAdmin: true }, failing);
    expect(replyToText(reply)).toContain('loopback');
    expect(failing.scheduled).toHaveLength(0);
    expect((await text('feed', 'add', { url: 'ftp://x/y', source: 'testwire' }, { ...A, isAdmin: true })).text).toContain('http(s) URL');
  });
});

describe('alerts and actors', () => {
  it('follow an actor, mute with a duration, unmute', async () => {
    const added = await text('actor', 'add', { name: 'Esmail Qaani', aliases: 'Ghaani, قاآنی' });
    expect(added.ok).toBe(true);
    const actorId = added.reply.title.replace('Added actor ', '');
    expect((await text('actor', 'list', {}, B)).text).not.toContain(actorId);
    expect((await text('alerts', 'follow', { target: actorId })).ok).toBe(true);
    expect((await text('alerts', 'follow', { target: actorId }, B)).ok).toBe(false);
    const muted = await text('alerts', 'mute', { target: actorId, duration: '2h' });
    expect(muted.text).toContain('2024-06-02T14:00:00.000Z');
    expect((await text('alerts', 'mute', { target: actorId, duration: 'forever' })).text).toContain('30m, 24h or 7d');
    expect((await text('alerts', 'unmute', { target: actorId })).ok).toBe(true);
    const [sub] = await deps.stores.subscriptions.forTarget({ kind: 'actor', id: actorId });
    expect(sub?.mutedUntil).toBeUndefined();
  });

  it('refuse unknown alert kinds and duplicate actors', async () => {
    expect((await text('actor', 'add', { name: 'Amir Ali Hajizadeh' })).text).toContain('already known as hajizadeh');
    const r = await text('claim', 'track', { statement: 'Something about a strike' });
    const id = r.reply.title.replace('Tracking claim ', '');
    expect((await text('alerts', 'follow', { target: id, kinds: 'denial,gossip' })).text).toContain('alert kinds are: denial');
  });
});

describe('sources', () => {
  it('list filters by label and show gives basis and citations', async () => {
    expect((await text('source', 'list', { label: 'state-owned' })).text).toContain('State News Agency');
    expect((await text('source', 'list', { label: 'state-owned' })).text).not.toContain('Test Wire');
    expect((await text('source', 'show', { id: 'statenews' })).text).toContain('https://example.org/sna');
    expect((await text('source', 'list', { label: 'evil' })).ok).toBe(false);
  });
});
