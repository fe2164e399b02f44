// Chat platforms start when their credentials are present; with none, alerts go to the console only.
import type { Logger } from 'pino';
import type { ChatAdapter } from '../app.js';
import type { Env } from '../config/env.js';

export async function chatAdaptersFor(env: Env, logger: Logger): Promise<ChatAdapter[]> {
  const adapters: ChatAdapter[] = [];
  if (env.DISCORD_TOKEN && env.DISCORD_APP_ID) {
    const { createDiscordAdapter } = await import('./discord/index.js');
    adapters.push(createDiscordAdapter({ token: env.DISCORD_TOKEN, appId: env.DISCORD_APP_ID, apiUrl: env.DISCORD_API_URL, ...(env.DISCORD_DEV_GUILD ? { devGuild: env.DISCORD_DEV_GUILD } : {}), logger }));
  }
  if (env.SLACK_BOT_TOKEN) {
    const { createSlackAdapter } = await import('./slack/index.js');
    adapters.push(
      createSlackAdapter({
        botToken: env.SLACK_BOT_TOKEN,
        ...(env.SLACK_SIGNING_SECRET ? { signingSecret: env.SLACK_SIGNING_SECRET } : {}),
        ...(env.SLACK_APP_TOKEN ? { appToken: env.SLACK_APP_TOKEN } : {}),
        apiUrl: env.SLACK_API_URL,
        port: env.SLACK_PORT,
        adminUsers: env.SLACK_ADMIN_USERS,
        logger,
      }),
    );
  }
  return adapters;
}
