// The Slack adapter as configured by the environment: present only when SLACK_BOT_TOKEN is set (loadEnv has
// already checked that a signing secret or an app token goes with it).
import type { Logger } from 'pino';
import type { Env } from '../../config/env.js';
import { createSlackAdapter, type SlackAdapter } from './index.js';

export function slackAdapterFromEnv(env: Env, logger: Logger): SlackAdapter | undefined {
  if (!env.SLACK_BOT_TOKEN) return undefined;
  return createSlackAdapter({
    botToken: env.SLACK_BOT_TOKEN,
    ...(env.SLACK_SIGNING_SECRET ? { signingSecret: env.SLACK_SIGNING_SECRET } : {}),
    ...(env.SLACK_APP_TOKEN ? { appToken: env.SLACK_APP_TOKEN } : {}),
    apiUrl: env.SLACK_API_URL,
    port: env.SLACK_PORT,
    adminUsers: env.SLACK_ADMIN_USERS,
    logger,
  });
}
