// Hostile command arguments through BOTH adapters (a Discord interaction from the fake gateway, a signed Slack
// slash command to the Bolt receiver), against the real command core and the real feed check with
// ALLOW_PRIVATE_FEEDS=false: huge, empty and control-character arguments get a readable refusal within the
// platform's limits and store nothing; feed URLs that reach loopback or the cloud metadata address are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../../helpers/feed-server.js';
import { rss } from '../../helpers/rss.js';
import { GUILD, SLACK_TEAM, startChatHarness, type ChatHarness } from './chat-harness.js';

const HUGE = 'Iran '.repeat(20_000);
const CONTROLS = '\u0000\u0007\u001b\u202e\u2066\u0085\u009b\u007f';

describe('hostile command arguments, Discord and Slack', () => {
  let c: ChatHarness;
  let srv: FeedServer;
  const allText = (v: unknown): string => (typeof v === 'string' ? v : Array.isArray(v) ? v.map(allText).join('\n') : v && typeof v === 'object' ? Object.values(v).map(allText).join('\n') : '');
  const claimsOf = async (tenant: string) => c.h.app.stores.claims.listTenant(tenant);

  beforeAll(async () => {
    c = await startChatHarness('hostile-args', { ALLOW_PRIVATE_FEEDS: 'false' });
    srv = await startFeedServer();
    srv.route('/feed.xml', { body: rss('Local', [{ guid: 'a', title: 'x' }]) });
  }, 60_000);
  afterAll(async () => {
    await c?.close();
    await srv?.close();
  });

  it('a 100,000-character statement is refused with the limit, in a reply that fits each platform', async () => {
    const d = await c.discordCommand('claim', 'track', { statement: HUGE });
    expect(d.embeds[0].title).toBe('Cannot run claim track');
    expect(d.embeds[0].description).toMatch(/longer than \d+ characters/);
    expect(JSON.stringify(d).length).toBeLessThan(6_000 + 1_000);
    const s = await c.slackCommand(`claim track ${HUGE}`);
    expect(allText(s)).toMatch(/longer than \d+ characters/);
    expect(String(s.text).length).toBeLessThanOrEqual(4_000);
    expect(await claimsOf(`discord:${GUILD}`)).toEqual([]);
    expect(await claimsOf(`slack:${SLACK_TEAM}`)).toEqual([]);
  });

  it('empty and control-character-only arguments are refused as empty; no claim is stored', async () => {
    for (const statement of ['', '   ', CONTROLS]) {
      const d = await c.discordCommand('claim', 'track', { statement });
      expect(d.embeds[0].title, JSON.stringify(statement)).toBe('Cannot run claim track');
    }
    const empty = await c.slackCommand('claim track');
    expect(allText(empty)).toMatch(/Cannot run claim track|required|empty/);
    const controls = await c.slackCommand(`claim track "${CONTROLS}"`);
    expect(allText(controls)).toMatch(/empty/);
    expect(await claimsOf(`discord:${GUILD}`)).toEqual([]);
    expect(await claimsOf(`slack:${SLACK_TEAM}`)).toEqual([]);
  });

  it('control characters inside a real statement are stripped before it is stored or echoed', async () => {
    const d = await c.discordCommand('claim', 'track', { statement: `Iran promised\u0000 the US\u202e no strikes${CONTROLS}` });
    expect(d.embeds[0].title).toMatch(/^Tracking claim/);
    const [claim] = await claimsOf(`discord:${GUILD}`);
    expect(claim?.statement).toBe('Iran promised the US no strikes');
    expect(allText(d)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it('unknown subcommands, garbage and an unclosed quote on Slack get a usage answer, not an error page', async () => {
    for (const text of ['claim \u0000\u0000', 'zzz '.repeat(5_000), 'claim track "never closed', '\u202e\u202e', ':::: === ""']) {
      const reply = await c.slackCommand(text);
      expect(typeof reply.text, JSON.stringify(text.slice(0, 20))).toBe('string');
      expect(String(reply.text).length).toBeLessThanOrEqual(4_000);
    }
  });

  for (const [label, url] of [
    ['a hostname that resolves to 127.0.0.1 (localhost)', () => srv.url('/feed.xml').replace('127.0.0.1', 'localhost')],
    ['the loopback literal', () => srv.url('/feed.xml')],
    ['the cloud metadata address 169.254.169.254', () => 'http://169.254.169.254/latest/meta-data/'],
    ['a private range address 10.0.0.1', () => 'http://10.0.0.1/feed.xml'],
  ] as const) {
    it(`/feed add refuses ${label} on both platforms and schedules nothing`, async () => {
      const d = await c.discordCommand('feed', 'add', { url: url(), source: 'statenews' });
      expect(d.embeds[0].title).toBe('Feed not accepted');
      expect(d.embeds[0].description).toMatch(/not a public address/);
      const s = await c.slackCommand(`feed add ${url()} statenews`);
      expect(allText(s)).toMatch(/Feed not accepted/);
      expect(allText(s)).toMatch(/not a public address/);
      expect(await c.h.app.stores.feeds.all()).toEqual([]);
      expect(srv.requests).toHaveLength(0);
    });
  }
});
