// The whole app in-process with BOTH chat adapters logged in to their fakes (Discord: REST + gateway; Slack: Web
// API + a Bolt HTTP receiver on a free port), so a hostile string can be followed from a feed or a command to
// the exact payload each platform receives.
import pino from 'pino';
import { createDiscordAdapter } from '../../../src/chat/discord/index.js';
import { createSlackAdapter, type SlackAdapter } from '../../../src/chat/slack/index.js';
import { FakeDiscord } from '../../fakes/discord.js';
import { FakeSlack } from '../../fakes/slack.js';
import { startHarness, type Harness } from '../../helpers/app-harness.js';
import { TEST_REGISTRY } from '../../helpers/registry.js';
import { postSigned, slashCommand } from '../../helpers/slack-sign.js';

export const GUILD = '1200000000000000001';
export const DISCORD_CHANNEL = '1200000000000000011';
export const SLACK_TEAM = 'THOSTILE1';
export const SLACK_CHANNEL = 'CHOSTILE1';
export const SLACK_ADMIN = 'UADMIN001';
const SECRET = 'hostile-signing-secret';

export interface ChatHarness {
  h: Harness;
  discord: FakeDiscord;
  slack: FakeSlack;
  /** A Discord slash command's final answer (callback data or deferred edit). */
  discordCommand(group: string, sub: string, options: Record<string, string>): Promise<any>;
  /** A Slack `/claimwatch <text>` as an admin; returns the JSON the receiver acked with. */
  slackCommand(text: string): Promise<Record<string, any>>;
  close(): Promise<void>;
}

export async function startChatHarness(label: string, env: Record<string, string> = {}): Promise<ChatHarness> {
  const discord = await FakeDiscord.start([{ id: GUILD, channels: [DISCORD_CHANNEL] }]);
  const slack = await FakeSlack.start();
  slack.admins.add(SLACK_ADMIN);
  let slackAdapter: SlackAdapter | undefined;
  const logger = pino({ level: 'silent' });
  const h = await startHarness({
    label,
    registry: TEST_REGISTRY,
    env,
    adapters: () => {
      slackAdapter = createSlackAdapter({ botToken: 'xoxb-hostile', signingSecret: SECRET, apiUrl: slack.apiUrl, port: 0, host: '127.0.0.1', adminUsers: [], logger, clientOptions: { retryConfig: { retries: 0 } }, pacing: { intervalMs: 0, windowMs: 0 } });
      return [createDiscordAdapter({ token: 'fake-token', appId: discord.appId, apiUrl: discord.api, logger, restOptions: { offset: 0, timeout: 3_000 }, coalesceWindowMs: 0 }), slackAdapter];
    },
  });
  let n = 0;
  return {
    h,
    discord,
    slack,
    discordCommand: (group, sub, options) => discord.answer({ guildId: GUILD, channelId: DISCORD_CHANNEL, group, sub, options }).then((a) => a.data),
    async slackCommand(text) {
      const res = await postSigned(`http://127.0.0.1:${slackAdapter!.port}/slack/events`, SECRET, slashCommand({ text, team_id: SLACK_TEAM, channel_id: SLACK_CHANNEL, user_id: SLACK_ADMIN, response_url: slack.responseUrl(`r${++n}`) }));
      const body = await res.text();
      if (res.status !== 200) throw new Error(`slack receiver answered ${res.status}: ${body}`);
      const acked = JSON.parse(body || '{}') as Record<string, any>;
      // A slow command acks "working on it" and posts the reply to response_url.
      return acked.text === 'Working on it…' ? ((await slack.waitForResponse(`r${n}`, 15_000)) as Record<string, any>) : acked;
    },
    async close() {
      await h.close();
      await slack.close();
      await discord.close();
    },
  };
}
