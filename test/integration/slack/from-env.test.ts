// Which Slack adapter the environment asks for (construction only: no I/O until start).
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { slackAdapterFromEnv } from '../../../src/chat/slack/from-env.js';
import { loadEnv } from '../../../src/config/env.js';

const logger = pino({ level: 'silent' });

describe('slackAdapterFromEnv', () => {
  it('is absent without a bot token', () => {
    expect(slackAdapterFromEnv(loadEnv({}), logger)).toBeUndefined();
  });
  it('runs HTTP mode with a signing secret and Socket Mode with an app token', () => {
    expect(slackAdapterFromEnv(loadEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }), logger)?.mode).toBe('http');
    expect(slackAdapterFromEnv(loadEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }), logger)?.mode).toBe('socket');
    expect(slackAdapterFromEnv(loadEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }), logger)?.transport.platform).toBe('slack');
  });
});
