// Chat platforms start when their credentials are present; with none, alerts go to the console only.
import type { Logger } from 'pino';
import type { ChatAdapter } from '../app.js';
import type { Env } from '../config/env.js';
import { createDiscordAdapter } from './discord/index.js';
import { slackAdapterFromEnv } from './slack/from-env.js';

export function chatAdaptersFor(env: Env, logger: Logger): ChatAdapter[] {
  const adapters: ChatAdapter[] = [];
  if (env.DISCORD_TOKEN && env.DISCORD_APP_ID) {
    adapters.push(createDiscordAdapter({ token: env.DISCORD_TOKEN, appId: env.DISCORD_APP_ID, apiUrl: env.DISCORD_API_URL, ...(env.DISCORD_DEV_GUILD ? { devGuild: env.DISCORD_DEV_GUILD } : {}), logger }));
  }
  const slack = slackAdapterFromEnv(env, logger);
  if (slack) adapters.push(slack);
  return adapters;
}
