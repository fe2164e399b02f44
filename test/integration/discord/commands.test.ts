// Every command through the real interaction flow: an INTERACTION_CREATE dispatched by the fake gateway, handled
// by discord.js and the adapter, answered at the fake's callback (or deferred and then edited).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_MANAGE_GUILD, type SlashOptions } from '../../fakes/discord.js';
import { CHANNEL_A, CHANNEL_A2, GUILD_A, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function run(opts: SlashOptions) {
  const { deferred, data } = await h.fake.answer({ guildId: GUILD_A, channelId: CHANNEL_A, ...opts });
  const embed = data.embeds[0];
  const text = [embed.title, embed.description ?? '', ...(embed.fields ?? []).flatMap((f: { name: string; value: string }) => [f.name, f.value])].join('\n');
  return { deferred, data, embed, text, ok: embed.color !== 0xd93025 };
}

async function trackClaim(statement: string, extra: Record<string, string> = {}): Promise<string> {
  const r = await run({ group: 'claim', sub: 'track', options: { statement, ...extra } });
  expect(r.ok).toBe(true);
  return (r.embed.title as string).replace('Tracking claim ', '').replace(/\\/g, '');
}

describe('claim commands', () => {
  it('track answers ephemerally with the id, the derived terms and the alert channel; nothing can ping', async () => {
    const r = await run({ group: 'claim', sub: 'track', options: { statement: 'Israel struck the Natanz enrichment facility', keywords: 'drone' } });
    expect(r.deferred).toBe(false);
    expect(r.data.flags).toBe(64);
    expect(r.data.allowed_mentions).toEqual({ parse: [] });
    expect(r.embed.title).toMatch(/^Tracking claim /);
    expect(r.text).toContain('natanz');
    expect(r.text).toContain('drone');
    expect(r.text).toContain(`channel ${CHANNEL_A}`);
  });

  it('track with an alert channel option sends alerts there', async () => {
    const r = await run({ group: 'claim', sub: 'track', options: { statement: 'Explosion reported at Parchin military site', channel: CHANNEL_A2 }, types: { channel: 7 } });
    expect(r.text).toContain(`channel ${CHANNEL_A2}`);
    const claimId = (r.embed.title as string).replace('Tracking claim ', '').replace(/\\/g, '');
    const subs = await h.deps.stores.subscriptions.forTarget({ kind: 'claim', id: claimId });
    expect(subs.map((s) => s.channel.id)).toEqual([CHANNEL_A2]);
  });

  it('track refuses an empty statement and an unknown actor, with usage', async () => {
    const empty = await run({ group: 'claim', sub: 'track', options: { statement: '   ' } });
    expect(empty.ok).toBe(false);
    expect(empty.data.flags).toBe(64);
    expect(empty.text).toContain('statement is empty');
    expect(empty.text).toContain('Usage: claim track');
    const actor = await run({ group: 'claim', sub: 'track', options: { statement: 'Strike on Isfahan airbase', actors: 'nobody-known' } });
    expect(actor.embed.title).toBe('Unknown actor');
  });

  it('list shows the claims of this server', async () => {
    const id = await trackClaim('Power outage hit Tehran after cyberattack');
    const r = await run({ group: 'claim', sub: 'list' });
    expect(r.ok).toBe(true);
    expect(r.text).toContain(id);
  });

  it('show defers, then edits the original response with the status', async () => {
    const id = await trackClaim('Missile launched from Yemen toward Eilat');
    const r = await run({ group: 'claim', sub: 'show', options: { id } });
    expect(r.deferred).toBe(true);
    expect(r.embed.title).toContain(id.replace(/-/g, '\\-').slice(0, 3));
    expect(r.text).toContain('not seen yet');
    const bad = await run({ group: 'claim', sub: 'show', options: { id: 'not an id!' } });
    expect(bad.deferred).toBe(true);
    expect(bad.ok).toBe(false);
    expect(bad.text).toContain('may contain only letters');
  });

  it('untrack removes the claim and its subscriptions; an unknown id is refused', async () => {
    const id = await trackClaim('Ceasefire agreed between the parties in Gaza');
    const r = await run({ group: 'claim', sub: 'untrack', options: { id } });
    expect(r.ok).toBe(true);
    expect(await h.deps.stores.claims.getForTenant(`discord:${GUILD_A}`, id)).toBeUndefined();
    expect(await h.deps.stores.subscriptions.forTarget({ kind: 'claim', id })).toEqual([]);
    const again = await run({ group: 'claim', sub: 'untrack', options: { id } });
    expect(again.embed.title).toBe('No such claim');
  });
});

describe('actor and source commands', () => {
  it('actor add then list; a duplicate and an over-long name are refused', async () => {
    const r = await run({ group: 'actor', sub: 'add', options: { name: 'Amir Ali Hajizadeh', aliases: 'Hajizadeh, حاجی‌زاده' } });
    expect(r.ok).toBe(true);
    const list = await run({ group: 'actor', sub: 'list' });
    expect(list.text).toContain('Amir Ali Hajizadeh');
    expect(list.text).toContain('White House');
    const dup = await run({ group: 'actor', sub: 'add', options: { name: 'hajizadeh' } });
    expect(dup.embed.title).toBe('Actor exists');
    const long = await run({ group: 'actor', sub: 'add', options: { name: 'x'.repeat(101) } });
    expect(long.text).toContain('longer than 100');
  });

  it('source list filters by label; an unknown label is refused', async () => {
    const r = await run({ group: 'source', sub: 'list', options: { label: 'IRGC-affiliated' } });
    expect(r.text).toContain('Tasnim News Agency');
    expect(r.text).not.toContain('Reuters');
    const bad = await run({ group: 'source', sub: 'list', options: { label: 'trustworthy' } });
    expect(bad.ok).toBe(false);
    expect(bad.text).toContain('label is one of');
  });

  it('source show gives label, basis and citation; an unknown outlet is refused', async () => {
    const r = await run({ group: 'source', sub: 'show', options: { id: 'tasnim' } });
    expect(r.text).toContain('IRGC-affiliated');
    expect(r.text).toContain('close to the IRGC');
    expect(r.text).toContain('example.org/tasnim');
    const bad = await run({ group: 'source', sub: 'show', options: { id: 'nope' } });
    expect(bad.embed.title).toBe('No such outlet');
  });
});

describe('feed commands (Manage Server)', () => {
  it('add defers, checks the URL, stores and schedules the feed', async () => {
    const r = await run({ group: 'feed', sub: 'add', options: { url: 'https://news.example.org/rss', source: 'reuters' } });
    expect(r.deferred).toBe(true);
    expect(r.ok).toBe(true);
    expect(h.feedCalls.checked).toContain('https://news.example.org/rss');
    expect(h.feedCalls.scheduled.map((f) => f.url)).toContain('https://news.example.org/rss');
  });

  it('add refuses a non-http URL and a feed that fails its check', async () => {
    const ftp = await run({ group: 'feed', sub: 'add', options: { url: 'ftp://news.example.org/rss', source: 'reuters' } });
    expect(ftp.text).toContain('url must be an http(s) URL');
    const broken = await run({ group: 'feed', sub: 'add', options: { url: 'https://broken.example.org/rss', source: 'reuters' } });
    expect(broken.embed.title).toBe('Feed not accepted');
    expect(broken.text).toContain('answered 500');
  });

  it('a member without Manage Server cannot add a feed, even though Discord showed the command', async () => {
    const before = h.feedCalls.checked.length;
    const r = await run({ group: 'feed', sub: 'add', permissions: NO_MANAGE_GUILD, options: { url: 'https://other.example.org/rss', source: 'reuters' } });
    expect(r.embed.title).toBe('Not allowed');
    expect(r.text).toContain('Manage Server');
    expect(h.feedCalls.checked.length).toBe(before);
    expect((await h.deps.stores.feeds.all()).some((f) => f.url === 'https://other.example.org/rss')).toBe(false);
  });

  it('list shows this server’s feeds; remove and retry work on its own feeds only', async () => {
    await run({ group: 'feed', sub: 'add', options: { url: 'https://remove.example.org/rss', source: 'tasnim' } });
    const feed = (await h.deps.stores.feeds.all()).find((f) => f.url === 'https://remove.example.org/rss');
    expect(feed).toBeDefined();
    const list = await run({ group: 'feed', sub: 'list' });
    expect(list.text).toContain('remove.example.org');
    const retry = await run({ group: 'feed', sub: 'retry', options: { id: feed!.id } });
    expect(retry.ok).toBe(true);
    const removed = await run({ group: 'feed', sub: 'remove', options: { id: feed!.id } });
    expect(removed.ok).toBe(true);
    expect(h.feedCalls.unscheduled).toContain(feed!.id);
    const again = await run({ group: 'feed', sub: 'remove', options: { id: feed!.id } });
    expect(again.embed.title).toBe('No such feed');
    const retryGone = await run({ group: 'feed', sub: 'retry', options: { id: 'no-such-feed' } });
    expect(retryGone.embed.title).toBe('No such feed');
  });
});

describe('alerts commands', () => {
  it('follow with kinds, mute for a duration, unmute; bad kinds and durations are refused', async () => {
    const id = await trackClaim('Drone attack on tanker in the Strait of Hormuz');
    const follow = await run({ group: 'alerts', sub: 'follow', channelId: CHANNEL_A2, options: { target: id, kinds: 'denial,assertion' } });
    expect(follow.ok).toBe(true);
    expect(follow.text).toContain('denial, assertion');
    const subId = `discord:${CHANNEL_A2}:claim:${id}`;
    expect((await h.deps.stores.subscriptions.get(subId))?.kinds).toEqual(['denial', 'assertion']);
    const badKinds = await run({ group: 'alerts', sub: 'follow', options: { target: id, kinds: 'gossip' } });
    expect(badKinds.text).toContain('alert kinds are');

    const mute = await run({ group: 'alerts', sub: 'mute', channelId: CHANNEL_A2, options: { target: id, duration: '30m' } });
    expect(mute.ok).toBe(true);
    expect((await h.deps.stores.subscriptions.get(subId))?.mutedUntil).toBeDefined();
    const badDuration = await run({ group: 'alerts', sub: 'mute', channelId: CHANNEL_A2, options: { target: id, duration: '5y' } });
    expect(badDuration.text).toContain('duration looks like');

    const unmute = await run({ group: 'alerts', sub: 'unmute', channelId: CHANNEL_A2, options: { target: id } });
    expect(unmute.ok).toBe(true);
    expect((await h.deps.stores.subscriptions.get(subId))?.mutedUntil).toBeUndefined();
    const notFollowed = await run({ group: 'alerts', sub: 'unmute', channelId: CHANNEL_A2, options: { target: 'some-other-claim' } });
    expect(notFollowed.embed.title).toBe('Not followed here');
  });

  it('follow of an unknown target is refused', async () => {
    const r = await run({ group: 'alerts', sub: 'follow', options: { target: 'nothing-here' } });
    expect(r.embed.title).toBe('Nothing to follow');
  });
});

describe('digest commands', () => {
  it('set records the time and zone; a bad time or zone is refused', async () => {
    const r = await run({ group: 'digest', sub: 'set', channelId: CHANNEL_A2, options: { time: '08:00', timezone: 'Asia/Tehran' } });
    expect(r.ok).toBe(true);
    expect(r.embed.title).toBe('Daily digest at 08:00 Asia/Tehran');
    expect(h.digestCalls.set).toContainEqual({ channelId: CHANNEL_A2, time: '08:00', timeZone: 'Asia/Tehran' });
    const badTime = await run({ group: 'digest', sub: 'set', options: { time: '25:00', timezone: 'UTC' } });
    expect(badTime.text).toContain('time looks like HH:MM');
    const badZone = await run({ group: 'digest', sub: 'set', options: { time: '08:00', timezone: 'Mars/Olympus' } });
    expect(badZone.text).toContain('is not an IANA time zone');
  });

  it('now defers and shows the preview; off turns it off', async () => {
    const now = await run({ group: 'digest', sub: 'now' });
    expect(now.deferred).toBe(true);
    expect(now.text).toContain(`discord:${GUILD_A}`);
    const off = await run({ group: 'digest', sub: 'off', channelId: CHANNEL_A2 });
    expect(off.embed.title).toBe('Daily digest off');
    expect(h.digestCalls.off).toContain(CHANNEL_A2);
  });

  it('quiet needs a digest first and valid times', async () => {
    const none = await run({ group: 'digest', sub: 'quiet', options: { from: '22:00', to: '07:00' } });
    expect(none.embed.title).toBe('No digest here');
    const bad = await run({ group: 'digest', sub: 'quiet', options: { from: '22:00', to: '22:00' } });
    expect(bad.ok).toBe(false);
    const off = await run({ group: 'digest', sub: 'quiet', options: { from: 'off' } });
    expect(off.embed.title).toBe('Quiet hours off');
  });
});

describe('interaction handling', () => {
  it('a command in a DM is refused with an ephemeral explanation', async () => {
    const { data } = await h.fake.answer({ guildId: '', group: 'claim', sub: 'list' });
    expect(data.flags).toBe(64);
    expect(data.embeds[0].title).toBe('Use claimwatch in a server');
  });

  it('autocomplete offers this server’s claims matching what is typed', async () => {
    const id = await trackClaim('Blackout across Baghdad after grid attack');
    const choices = await h.fake.autocomplete({ guildId: GUILD_A, group: 'claim', sub: 'show', options: { id: 'baghdad' } }, 'id');
    expect(choices.map((c) => c.value)).toEqual([id]);
  });

  it('a hostile statement is escaped in the reply and pings nobody', async () => {
    const r = await run({ group: 'claim', sub: 'track', options: { statement: '@everyone **breaking** <@&1234567890123> [click](https://evil.example) strike on Kharg' } });
    expect(r.data.allowed_mentions).toEqual({ parse: [] });
    expect(r.text).not.toContain('@everyone');
    expect(r.text).toContain('@\u200beveryone');
    expect(r.text).toContain('\\*\\*breaking\\*\\*');
    expect(r.text).not.toContain('<@&1234567890123>');
    expect(r.text).toContain('(https://evil.example)');
    expect(r.text).not.toContain('[click](');
  });
});
