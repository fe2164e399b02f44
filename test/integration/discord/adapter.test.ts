// The adapter's life cycle and boundaries: an invalid token, command registration, tenant isolation between
// guilds, and the Manage Server rules for feeds across guilds.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommandDefinitions, createDiscordAdapter, registerCommands } from '../../../src/chat/discord/index.js';
import { FakeDiscord, type SlashOptions } from '../../fakes/discord.js';
import { CHANNEL_A, CHANNEL_B, GUILD_A, GUILD_B, startHarness, type Harness } from './harness.js';

describe('start-up', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('an invalid token rejects start() with one clear line', async () => {
    fake.invalidTokens.add('bad-token');
    const adapter = createDiscordAdapter({ token: 'bad-token', appId: fake.appId, apiUrl: fake.api, logger: pino({ level: 'silent' }), restOptions: { offset: 0, timeout: 2_000 } });
    const err = await adapter.start({} as never).then(() => undefined, (e: Error) => e);
    expect(err?.message).toMatch(/^Discord rejected DISCORD_TOKEN \(401\)/);
    expect(err?.message).not.toContain('\n');
  });

  it('with a development guild, start() registers the commands in that guild', async () => {
    const adapter = createDiscordAdapter({ token: 'good', appId: fake.appId, apiUrl: fake.api, devGuild: '1200000000000000077', logger: pino({ level: 'silent' }), restOptions: { offset: 0, timeout: 2_000 } });
    await adapter.start({} as never);
    await adapter.stop();
    const put = fake.requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe(`/api/v10/applications/${fake.appId}/guilds/1200000000000000077/commands`);
  });

  it('registerCommands PUTs one command per group, globally or to one guild', async () => {
    const global = await registerCommands({ token: 't', appId: fake.appId, apiUrl: fake.api });
    expect(global).toEqual({ count: 6, scope: 'global' });
    const put = fake.requests.filter((r) => r.method === 'PUT').at(-1);
    expect(put?.path).toBe(`/api/v10/applications/${fake.appId}/commands`);
    expect(put?.headers.authorization).toBe('Bot t');
    expect(put?.body.map((c: { name: string }) => c.name)).toEqual(['claim', 'actor', 'source', 'feed', 'alerts', 'digest']);
    const guild = await registerCommands({ token: 't', appId: fake.appId, apiUrl: fake.api, guildId: GUILD_A });
    expect(guild.scope).toBe(`guild ${GUILD_A}`);
  });
});

describe('command definitions', () => {
  const defs = buildCommandDefinitions();
  const byName = Object.fromEntries(defs.map((d) => [d.name, d]));

  it('feed is for Manage Server holders; other groups are open; all are guild-only', () => {
    expect(byName.feed?.default_member_permissions).toBe('32');
    for (const g of ['claim', 'actor', 'source', 'alerts', 'digest']) expect(byName[g]?.default_member_permissions ?? null).toBeNull();
    for (const d of defs) expect(d.contexts).toEqual([0]);
  });

  it('subcommands carry typed options, required first, with choices and autocomplete', () => {
    const track = byName.claim?.options?.find((o) => o.name === 'track') as { options: Array<{ name: string; type: number; required?: boolean; autocomplete?: boolean }> };
    expect(track.options.map((o) => o.name)).toEqual(['statement', 'keywords', 'actors', 'channel']);
    expect(track.options.find((o) => o.name === 'channel')?.type).toBe(7);
    expect(track.options.find((o) => o.name === 'actors')?.autocomplete).toBe(true);
    const list = byName.source?.options?.find((o) => o.name === 'list') as { options: Array<{ choices?: Array<{ value: string }> }> };
    expect(list.options[0]?.choices?.map((c) => c.value)).toContain('IRGC-affiliated');
  });
});

describe('the 3-second rule', () => {
  it('a command still running after deferAfterMs is deferred, then its answer edits the original response', async () => {
    const h = await startHarness({ deferAfterMs: 20 });
    try {
      const claims = h.deps.stores.claims;
      const listTenant = claims.listTenant.bind(claims);
      claims.listTenant = async (tenant: string) => {
        await new Promise((r) => setTimeout(r, 150));
        return listTenant(tenant);
      };
      const answer = await h.fake.answer({ guildId: GUILD_A, channelId: CHANNEL_A, group: 'claim', sub: 'list' });
      expect(answer.deferred).toBe(true);
      expect(answer.data.embeds[0].title).toBe('No claims tracked yet');
      expect(answer.data.flags).toBeUndefined();
      const quick = await h.fake.answer({ guildId: GUILD_A, channelId: CHANNEL_A, group: 'source', sub: 'show', options: { id: 'tasnim' } });
      expect(quick.deferred).toBe(false);
    } finally {
      await h.close();
    }
  });
});

describe('tenant isolation', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  const inA = (o: SlashOptions) => h.fake.answer({ guildId: GUILD_A, channelId: CHANNEL_A, ...o }).then((r) => r.data.embeds[0]);
  const inB = (o: SlashOptions) => h.fake.answer({ guildId: GUILD_B, channelId: CHANNEL_B, ...o }).then((r) => r.data.embeds[0]);

  it('guild B cannot see, show, follow or untrack guild A’s claim', async () => {
    const tracked = await inA({ group: 'claim', sub: 'track', options: { statement: 'Secret claim about Fordow enrichment site' } });
    const id = (tracked.title as string).replace('Tracking claim ', '').replace(/\\/g, '');
    const list = await inB({ group: 'claim', sub: 'list' });
    expect(JSON.stringify(list)).not.toContain(id);
    expect(list.title).toBe('No claims tracked yet');
    expect((await inB({ group: 'claim', sub: 'show', options: { id } })).title).toBe('No such claim');
    expect((await inB({ group: 'alerts', sub: 'follow', options: { target: id } })).title).toBe('Nothing to follow');
    expect((await inB({ group: 'claim', sub: 'untrack', options: { id } })).title).toBe('No such claim');
    expect(await h.deps.stores.claims.getForTenant(`discord:${GUILD_A}`, id)).toBeDefined();
    expect(await h.fake.autocomplete({ guildId: GUILD_B, group: 'claim', sub: 'show', options: { id: 'fordow' } }, 'id')).toEqual([]);
    expect((await inA({ group: 'claim', sub: 'list' })).description).toContain(id);
  });

  it('guild B cannot remove guild A’s feed, even as an admin', async () => {
    await inA({ group: 'feed', sub: 'add', options: { url: 'https://a-only.example.org/rss', source: 'reuters' } });
    const feed = (await h.deps.stores.feeds.all()).find((f) => f.url === 'https://a-only.example.org/rss');
    expect(feed?.tenant).toBe(`discord:${GUILD_A}`);
    expect((await inB({ group: 'feed', sub: 'remove', options: { id: feed!.id } })).title).toBe('No such feed');
    expect(JSON.stringify(await inB({ group: 'feed', sub: 'list' }))).not.toContain('a-only.example.org');
    expect(await h.deps.stores.feeds.get(feed!.id)).toBeDefined();
  });
});
