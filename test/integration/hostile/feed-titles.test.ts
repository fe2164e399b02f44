// Hostile feed titles from the feed bytes to the platform payloads. The transport tests (test/integration/
// discord/transport.test.ts, test/integration/slack/transport.test.ts) feed hostile Alerts to one renderer;
// this one starts from XML, where a title arrives entity-encoded or in CDATA and is decoded by ingest
// (htmlToText) before any renderer sees it, and checks what BOTH fakes received for the same items.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscriptionId } from '../../../src/domain/subscription.js';
import { eventually, pipelineIdle } from '../../helpers/app-harness.js';
import { startFeedServer, type FeedServer } from '../../helpers/feed-server.js';
import { DISCORD_CHANNEL, SLACK_CHANNEL, SLACK_TEAM, GUILD, startChatHarness, type ChatHarness } from './chat-harness.js';

const ACTOR = 'hajizadeh';
// Raw XML item titles: entity-encoded markup (decoded once by the XML parser, again by htmlToText), CDATA, and
// plain text. Each names the followed actor so each becomes one alert per platform.
const TITLES = [
  '@everyone Amir Ali Hajizadeh @here speaks',
  'Amir Ali Hajizadeh &lt;@&amp;123456789012345678&gt; and &lt;@!223456789012345678&gt; and &lt;#323456789012345678&gt;',
  '<![CDATA[Amir Ali Hajizadeh <!channel> <!here|here> <@U0ADMIN01> <!subteam^S0TEAM|@team>]]>',
  '<![CDATA[Amir Ali Hajizadeh [official statement](https://evil.example/steal) and <https://evil.example/x|bank.example>]]>',
  'Amir Ali Hajizadeh &amp;lt;!channel&amp;gt; twice-escaped, **bold** `code` ||spoiler|| # heading',
];

function feedXml(): string {
  const items = TITLES.map((t, i) => `<item><title>${t}</title><link>https://example.org/hostile/${i}</link><guid>hostile-${i}</guid><description>Body ${i}</description></item>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><link>https://example.org</link><description>d</description>${items}</channel></rss>`;
}
const EMPTY = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://example.org</link><description>d</description></channel></rss>';

/** Every string anywhere in a JSON value, joined. */
const allText = (v: unknown): string => (typeof v === 'string' ? v : Array.isArray(v) ? v.map(allText).join('\n') : v && typeof v === 'object' ? Object.values(v).map(allText).join('\n') : '');

describe('hostile feed titles reach Discord and Slack inert', () => {
  let c: ChatHarness;
  let srv: FeedServer;

  beforeAll(async () => {
    c = await startChatHarness('hostile-titles');
    srv = await startFeedServer();
    srv.route('/feed.xml', { body: EMPTY });
    const { stores, queues } = c.h.app;
    await stores.feeds.put({ id: 'hostile', sourceId: 'statenews', url: srv.url('/feed.xml'), language: 'en', pollSeconds: 300 });
    for (const channel of [{ platform: 'discord' as const, id: DISCORD_CHANNEL, tenant: `discord:${GUILD}` }, { platform: 'slack' as const, id: SLACK_CHANNEL, tenant: `slack:${SLACK_TEAM}` }]) {
      const target = { kind: 'actor' as const, id: ACTOR };
      await stores.subscriptions.put({ id: subscriptionId(channel, target), tenant: channel.tenant, channel: { platform: channel.platform, id: channel.id }, target, kinds: ['actor'] });
    }
    await queues.poll.add('poll', { feedId: 'hostile' });
    await pipelineIdle(c.h.app);
    srv.route('/feed.xml', { body: feedXml() });
    await queues.poll.add('poll', { feedId: 'hostile' });
    await pipelineIdle(c.h.app, 20_000);
  }, 60_000);
  afterAll(async () => {
    await c?.close();
    await srv?.close();
  });

  it('Discord: every alert message disables mention parsing and carries no live mention or hidden link', async () => {
    const posts = await eventually(() => {
      const p = c.discord.messagesTo(DISCORD_CHANNEL);
      return p.flatMap((m) => m.body.embeds ?? []).length >= TITLES.length ? p : undefined;
    }, 15_000, 'five Discord alerts');
    const embeds = posts.flatMap((m) => m.body.embeds as Array<Record<string, unknown>>);
    expect(embeds).toHaveLength(TITLES.length);
    for (const post of posts) expect(post.body.allowed_mentions).toEqual({ parse: [] });
    const text = allText(embeds);
    expect(text).not.toMatch(/(?<!\u200b)@(everyone|here)/);
    expect(text).not.toMatch(/<@[!&]?\d+>|<#\d+>/);
    // A masked link in a title is shown with its real target, escaped so it renders as text, not as a link.
    const masked = embeds.find((e) => String(e.url).endsWith('/hostile/3'));
    expect(masked?.title).toContain('evil.example/steal');
    expect(String(masked?.title)).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/);
    // The embed links only to the item's own canonical URL.
    expect(embeds.map((e) => e.url).sort()).toEqual(TITLES.map((_, i) => `https://example.org/hostile/${i}`).sort());
  });

  it('Slack: blocks and fallback text carry no broadcast, user/group mention or disguised link', async () => {
    const posts = await c.slack.waitForCall('chat.postMessage', TITLES.length, 15_000);
    const bodies = posts.filter((p) => p.body.channel === SLACK_CHANNEL).map((p) => p.body);
    expect(bodies.length).toBeGreaterThanOrEqual(1);
    const text = allText(bodies.map((b) => ({ text: b.text, blocks: b.blocks })));
    expect(text).not.toMatch(/<!(channel|here|everyone|subteam)/);
    expect(text).not.toMatch(/<@U/);
    expect(text).not.toMatch(/<#C/);
    // The only live links are the item URLs and our registry citation; the title's "<https://evil...|bank>" is text.
    const links = [...text.matchAll(/<(https?:[^|>]+)\|/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThanOrEqual(TITLES.length);
    for (const url of links) expect(url).toMatch(/^https:\/\/example\.org\/(hostile\/\d|sna)$/);
    // Slack's own link syntax in a title is dropped by ingest as markup; a markdown link stays visible text.
    expect(text).not.toContain('bank.example');
    expect(text).toContain('(https://evil.example/steal)');
  });
});
