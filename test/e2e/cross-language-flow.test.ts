// Issue 12's end-to-end flow: an English claim tracked from Discord and from Slack alerts on a Persian feed item
// and on an Arabic one (served by the local feed server), and each alert shows the item's language and the words
// that met, so an English reader can trust the match. The whole app runs in-process with both adapters against
// their fakes. The items are our own sentences, on words the engine's concept tables hold today.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../src/chat/discord/index.js';
import { createSlackAdapter, type SlackAdapter } from '../../src/chat/slack/index.js';
import { FakeDiscord } from '../fakes/discord.js';
import { FakeSlack } from '../fakes/slack.js';
import { pipelineIdle, startHarness, type Harness } from '../helpers/app-harness.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { TEST_REGISTRY } from '../helpers/registry.js';
import { rss } from '../helpers/rss.js';
import { postSigned, slashCommand } from '../helpers/slack-sign.js';

const GUILD = '1200000000000000001';
const DISCORD_CHANNEL = '1200000000000000011';
const SECRET = 'xlang-signing-secret';
const TEAM = 'TXLANG001';
const SLACK_CHANNEL = 'CXLANGALERT';

const CLAIM = 'Iran promised Saudi Arabia a ceasefire on the border';
// "In a message, Iran promised Saudi Arabia a ceasefire on the border" / "The message reached Riyadh on Monday."
const PERSIAN = { guid: 'fa-1', title: 'ایران در پیامی به عربستان وعده آتش‌بس در مرز را داد', description: 'به گزارش خبرگزاری‌ها، این پیام روز دوشنبه به ریاض رسید.' };
// "An Iranian promise to Saudi Arabia: a truce on the border" / "Officials said the letter reached Riyadh on Monday."
const ARABIC = { guid: 'ar-1', title: 'وعد إيراني إلى السعودية: هدنة على الحدود', description: 'قال مسؤولون إن الرسالة وصلت إلى الرياض يوم الاثنين.' };
// "Weekend football results" / "Weekend sports results"
const PERSIAN_SPORT = { guid: 'fa-0', title: 'نتایج مسابقات فوتبال آخر هفته' };
const ARABIC_SPORT = { guid: 'ar-0', title: 'نتائج مباريات كرة القدم في نهاية الأسبوع' };

describe('an English claim alerts on Persian and Arabic items, with the words that met', () => {
  let h: Harness;
  let discord: FakeDiscord;
  let slack: FakeSlack;
  let slackAdapter: SlackAdapter;
  let srv: FeedServer;
  const poll = async (feedId: string) => {
    await h.app.queues.poll.add('poll', { feedId });
    await pipelineIdle(h.app);
  };
  const discordAlertOn = (title: string) => discord.waitFor((r) => r.method === 'POST' && /\/channels\/\d+\/messages$/.test(r.path) && (r.status ?? 0) < 300 && JSON.stringify(r.body).includes(title), 10_000);
  const slackAlertOn = (title: string) => slack.waitFor(() => slack.callsTo('chat.postMessage').find((c) => JSON.stringify(c.body.blocks).includes(title)), 10_000, `a Slack alert on ${title}`);

  beforeAll(async () => {
    discord = await FakeDiscord.start([{ id: GUILD, channels: [DISCORD_CHANNEL] }]);
    slack = await FakeSlack.start();
    srv = await startFeedServer();
    srv.route('/fa.xml', { body: rss('Persian wire', [PERSIAN_SPORT]) });
    srv.route('/ar.xml', { body: rss('Arabic wire', [ARABIC_SPORT]) });
    h = await startHarness({
      label: 'xlang-e2e',
      registry: TEST_REGISTRY,
      adapters: () => {
        slackAdapter = createSlackAdapter({ botToken: 'xoxb-xlang', signingSecret: SECRET, apiUrl: slack.apiUrl, port: 0, host: '127.0.0.1', adminUsers: [], logger: pino({ level: 'silent' }), clientOptions: { retryConfig: { retries: 0 } } });
        const discordAdapter = createDiscordAdapter({ token: 'fake-token', appId: discord.appId, apiUrl: discord.api, logger: pino({ level: 'silent' }), restOptions: { offset: 0, timeout: 3_000 }, coalesceWindowMs: 0 });
        return [discordAdapter, slackAdapter];
      },
    });
    // The feeds declare their language as the registry would: it is what the alert names.
    await h.app.stores.feeds.put({ id: 'xlang-fa', sourceId: 'statenews', url: srv.url('/fa.xml'), language: 'fa', pollSeconds: 60 });
    await h.app.stores.feeds.put({ id: 'xlang-ar', sourceId: 'statenews', url: srv.url('/ar.xml'), language: 'ar', pollSeconds: 60 });
  });
  afterAll(async () => {
    await h?.close();
    await srv?.close();
    await slack?.close();
    await discord?.close();
  });

  it('tracks the English claim from Discord and from Slack', async () => {
    const tracked = await discord.answer({ guildId: GUILD, channelId: DISCORD_CHANNEL, group: 'claim', sub: 'track', options: { statement: CLAIM } });
    expect(tracked.data.embeds[0].title).toMatch(/^Tracking claim /);
    const res = await postSigned(`http://127.0.0.1:${slackAdapter.port}/slack/events`, SECRET, slashCommand({ text: `claim track "${CLAIM}"`, team_id: TEAM, channel_id: SLACK_CHANNEL, user_id: 'UXLANG001', response_url: slack.responseUrl('track') }));
    expect(res.status).toBe(200);
    const ack = (await res.json()) as { text: string };
    const reply = ack.text === 'Working on it…' ? ((await slack.waitForResponse('track')) as { text: string }) : ack;
    expect(reply.text).toContain('Tracking claim');
    // First polls only record what the feeds already hold.
    await poll('xlang-fa');
    await poll('xlang-ar');
    expect(discord.messagesTo(DISCORD_CHANNEL)).toHaveLength(0);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('alerts on the Persian item in both chats, naming Persian and the words that met', async () => {
    srv.route('/fa.xml', { body: rss('Persian wire', [PERSIAN_SPORT, PERSIAN]) });
    await poll('xlang-fa');

    const embed = (await discordAlertOn(PERSIAN.title)).body.embeds[0];
    expect(embed.fields.find((f: { name: string }) => f.name === 'Claim').value).toBe(CLAIM);
    const why = embed.fields.find((f: { name: string }) => f.name === 'Matched across languages').value as string;
    expect(why).toContain('Persian item: ');
    for (const pair of ['Iran ↔ ایران', 'promised ↔ وعده', 'Saudi Arabia ↔ عربستان', 'ceasefire ↔ آتش‌بس']) expect(why).toContain(pair);

    const blocks = JSON.stringify((await slackAlertOn(PERSIAN.title)).body.blocks);
    expect(blocks).toContain('*Matched across languages:* Persian item: ');
    expect(blocks).toContain('ceasefire ↔ آتش‌بس');
    expect(blocks).toContain('Saudi Arabia ↔ عربستان');
  }, 30_000);

  it('alerts on the Arabic item in both chats, naming Arabic and the words that met', async () => {
    srv.route('/ar.xml', { body: rss('Arabic wire', [ARABIC_SPORT, ARABIC]) });
    await poll('xlang-ar');

    const embed = (await discordAlertOn(ARABIC.title)).body.embeds[0];
    const why = embed.fields.find((f: { name: string }) => f.name === 'Matched across languages').value as string;
    expect(why).toContain('Arabic item: ');
    for (const pair of ['promised ↔ وعد', 'Saudi Arabia ↔ السعودية', 'ceasefire ↔ هدنة']) expect(why).toContain(pair);

    const blocks = JSON.stringify((await slackAlertOn(ARABIC.title)).body.blocks);
    expect(blocks).toContain('*Matched across languages:* Arabic item: ');
    expect(blocks).toContain('ceasefire ↔ هدنة');
    // The football results in either language alerted nobody: one alert per item and chat.
    expect(slack.callsTo('chat.postMessage')).toHaveLength(2);
    expect(slack.callsTo('chat.postMessage').filter((c) => /نتایج|نتائج/.test(JSON.stringify(c.body)))).toEqual([]);
  }, 30_000);
});
