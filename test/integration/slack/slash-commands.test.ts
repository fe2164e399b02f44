// /claimwatch through Bolt's real HTTP receiver: each subcommand's happy path and a bad-argument path, with
// the store checked behind the reply.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { subscriptionId } from '../../../src/domain/subscription.js';
import { CHANNEL, TEAM_A, blockText, startSlackHarness, type SlackHarness } from './slack-harness.js';

const TENANT = `slack:${TEAM_A}`;
let h: SlackHarness;

beforeAll(async () => {
  h = await startSlackHarness({ label: 'slack-cmd' });
});
afterAll(async () => h.close());
beforeEach(() => h.fake.reset());

async function trackClaim(text = 'claim track "Iran promised the US a ceasefire" keywords:ceasefire,truce'): Promise<string> {
  const reply = await h.command(text);
  const id = /Tracking claim (\S+)/.exec(String(reply.text))?.[1];
  if (!id) throw new Error(`no claim id in ${String(reply.text)}`);
  return id;
}

describe('help and parsing', () => {
  it('lists every group with usage lines', async () => {
    const reply = await h.command('help');
    const text = blockText(reply);
    expect(reply.response_type).toBe('ephemeral');
    for (const usage of ['/claimwatch claim track &lt;statement&gt; [keywords] [actors] [channel]', '/claimwatch feed add', '/claimwatch alerts mute']) expect(text).toContain(usage);
  });

  it('an empty command shows help; "help claim" only the claim group', async () => {
    expect(blockText(await h.command(''))).toContain('/claimwatch source list');
    const claimHelp = blockText(await h.command('help claim'));
    expect(claimHelp).toContain('/claimwatch claim untrack');
    expect(claimHelp).not.toContain('/claimwatch feed add');
  });

  it('an unknown group or subcommand answers with what exists', async () => {
    expect(String((await h.command('claims list')).text)).toContain('Unknown command "claims"');
    const sub = await h.command('claim remove x');
    expect(String(sub.text)).toContain('Unknown subcommand "claim remove"');
    expect(blockText(sub)).toContain('/claimwatch claim untrack');
  });

  it('an unclosed quote is an error, not a guess', async () => {
    expect(String((await h.command('claim track "Iran promised')).text)).toContain('Unclosed quote');
  });
});

describe('claim', () => {
  it('track: quoted statement, keywords and a channel mention; the claim and its subscription are stored', async () => {
    const reply = await h.command('claim track “Iran promised the US a ceasefire” keywords:ceasefire,truce channel:<#COTHER001|other>');
    expect(reply.response_type).toBe('ephemeral');
    const id = /Tracking claim (\S+)/.exec(String(reply.text))?.[1] as string;
    const claim = await h.stores.claims.getForTenant(TENANT, id);
    expect(claim?.statement).toBe('Iran promised the US a ceasefire');
    expect(claim?.keywords).toEqual(expect.arrayContaining(['ceasefire', 'truce']));
    const sub = await h.stores.subscriptions.get(subscriptionId({ platform: 'slack', id: 'COTHER001' }, { kind: 'claim', id }));
    expect(sub?.tenant).toBe(TENANT);
  });

  it('track: unquoted words join the statement', async () => {
    const id = await trackClaim('claim track Iran promised the US a ceasefire keywords:truce');
    expect((await h.stores.claims.get(id))?.statement).toBe('Iran promised the US a ceasefire');
  });

  it('track without a statement, or with a non-channel channel, is refused with usage', async () => {
    const missing = await h.command('claim track keywords:truce');
    expect(String(missing.text)).toContain('statement is required');
    expect(String(missing.text)).toContain('Usage: claim track &lt;statement&gt;');
    const badChannel = await h.command('claim track "x y z" channel:alerts');
    expect(String(badChannel.text)).toContain('channel: mention a channel');
  });

  it('track with an unknown actor is refused', async () => {
    expect(String((await h.command('claim track "Iran promised the US" actors:nobody-known')).text)).toContain('Unknown actor');
  });

  it('list, show and untrack', async () => {
    const id = await trackClaim();
    expect(blockText(await h.command('claim list'))).toContain(`${id}: Iran promised the US a ceasefire`);
    const show = blockText(await h.command(`claim show ${id}`));
    expect(show).toContain('not seen yet');
    expect(String((await h.command(`claim untrack ${id}`)).text)).toContain(`Stopped tracking ${id}`);
    expect(await h.stores.claims.get(id)).toBeUndefined();
  });

  it('show and untrack of an unknown or malformed id fail', async () => {
    expect(String((await h.command('claim show nope-1')).text)).toContain('No such claim');
    expect(String((await h.command('claim show a/b')).text)).toContain('may contain only letters');
    expect(String((await h.command('claim untrack nope-1')).text)).toContain('No such claim');
  });
});

describe('actor', () => {
  it('add with a multi-word name and aliases, then list', async () => {
    const reply = await h.command('actor add Abbas Araghchi aliases:Araqchi,"عباس عراقچی"');
    expect(String(reply.text)).toContain('Added actor abbas-araghchi-');
    const actors = await h.stores.actors.listTenant(TENANT);
    expect(actors.find((a) => a.name === 'Abbas Araghchi')?.aliases).toEqual(['Araqchi', 'عباس عراقچی']);
    expect(blockText(await h.command('actor list'))).toContain('Abbas Araghchi');
  });

  it('add without a name, or a duplicate, fails', async () => {
    expect(String((await h.command('actor add')).text)).toContain('name is required');
    expect(String((await h.command('actor add "Amir Ali Hajizadeh"')).text)).toContain('Actor exists');
  });
});

describe('source', () => {
  it('list (optionally by label) and show', async () => {
    expect(blockText(await h.command('source list'))).toContain('testwire: Test Wire - wire service');
    const state = blockText(await h.command('source list label:state-owned'));
    expect(state).toContain('statenews');
    expect(state).not.toContain('testwire');
    expect(blockText(await h.command('source show statenews'))).toContain('Owned by the ministry');
  });

  it('an unknown label or outlet fails', async () => {
    expect(String((await h.command('source list label:tabloid')).text)).toContain('label is one of');
    expect(String((await h.command('source show nope')).text)).toContain('No such outlet');
  });
});

describe('feed (admin only)', () => {
  it('refuses non-admins without running the check', async () => {
    const reply = await h.command('feed add https://example.org/rss testwire', { user: 'UPLAIN001' });
    expect(String(reply.text)).toContain('needs a workspace admin');
    expect(h.feedCalls.checked).toEqual([]);
    expect(h.fake.callsTo('users.info')[0]?.body.user).toBe('UPLAIN001');
  });

  it('a workspace admin adds, lists, retries and removes a feed (Slack escapes the URL as <...>)', async () => {
    h.fake.admins.add('UADMIN001');
    const add = await h.command('feed add <https://example.org/rss.xml> testwire', { user: 'UADMIN001' });
    expect(String(add.text)).toContain('Added feed testwire-');
    expect(h.feedCalls.checked).toContain('https://example.org/rss.xml');
    const feedId = /Added feed (\S+)/.exec(String(add.text))?.[1] as string;
    expect(h.feedCalls.scheduled).toContain(feedId);
    expect(blockText(await h.command('feed list'))).toContain(`${feedId}: https://example.org/rss.xml - not polled yet`);
    expect(String((await h.command(`feed retry ${feedId}`, { user: 'UADMIN001' })).text)).toContain('re-enabled');
    expect(String((await h.command(`feed remove ${feedId}`, { user: 'UADMIN001' })).text)).toContain(`Removed feed ${feedId}`);
    expect(h.feedCalls.unscheduled).toContain(feedId);
  });

  it('bad arguments: a non-http URL, an unknown outlet, an unknown feed', async () => {
    h.fake.admins.add('UADMIN001');
    expect(String((await h.command('feed add ftp://example.org/rss testwire', { user: 'UADMIN001' })).text)).toContain('url must be an http(s) URL');
    expect(String((await h.command('feed add https://example.org/other nope', { user: 'UADMIN001' })).text)).toContain('Unknown outlet');
    expect(String((await h.command('feed remove nope-1', { user: 'UADMIN001' })).text)).toContain('No such feed');
    expect(String((await h.command('feed retry nope-1', { user: 'UADMIN001' })).text)).toContain('No such feed');
  });
});

describe('alerts', () => {
  it('follow with kinds, mute, unmute', async () => {
    const id = await trackClaim();
    expect(String((await h.command(`alerts follow ${id} kinds:denial,relay`)).text)).toContain(`This channel follows ${id}`);
    const subId = subscriptionId({ platform: 'slack', id: CHANNEL }, { kind: 'claim', id });
    expect((await h.stores.subscriptions.get(subId))?.kinds).toEqual(['denial', 'relay']);
    expect(String((await h.command(`alerts mute ${id} duration:2h`)).text)).toContain(`Muted ${id}`);
    expect((await h.stores.subscriptions.get(subId))?.mutedUntil).toBeDefined();
    expect(String((await h.command(`alerts unmute ${id}`)).text)).toContain('resumed');
    expect((await h.stores.subscriptions.get(subId))?.mutedUntil).toBeUndefined();
  });

  it('bad kinds, a bad duration, an unknown target', async () => {
    const id = await trackClaim();
    expect(String((await h.command(`alerts follow ${id} kinds:gossip`)).text)).toContain('alert kinds are');
    expect(String((await h.command(`alerts mute ${id} duration:soon`)).text)).toContain('duration looks like');
    expect(String((await h.command('alerts follow nope-1')).text)).toContain('Nothing to follow');
    expect(String((await h.command('alerts unmute nope-1')).text)).toContain('Not followed here');
  });
});
