import { describe, expect, it } from 'vitest';
import { loadEnv } from '../../../src/config/env.js';
import { ConfigError } from '../../../src/config/errors.js';

function problems(env: Record<string, string>): string[] {
  try {
    loadEnv(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.lines;
    throw err;
  }
  return [];
}

describe('loadEnv', () => {
  it('runs with no variables at all: console alerts against local Redis', () => {
    const env = loadEnv({});
    expect(env.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(env.DISCORD_TOKEN).toBeUndefined();
    expect(env.DISCORD_API_URL).toBe('https://discord.com/api');
    expect(env.SLACK_API_URL).toBe('https://slack.com/api/');
  });

  it('names each bad variable on its own line', () => {
    const lines = problems({ REDIS_URL: 'http://x', HTTP_PORT: 'abc', LOG_LEVEL: 'loud' });
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.includes('REDIS_URL'))).toMatch(/^environment: REDIS_URL: must start with redis:\/\//);
    expect(lines.some((l) => l.startsWith('environment: HTTP_PORT:'))).toBe(true);
    expect(lines.some((l) => l.startsWith('environment: LOG_LEVEL:'))).toBe(true);
  });

  it('asks for what a half-configured platform is missing', () => {
    expect(problems({ DISCORD_TOKEN: 't' })).toEqual(['environment: DISCORD_APP_ID: required when DISCORD_TOKEN is set']);
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1' })[0]).toMatch(/SLACK_SIGNING_SECRET: required/);
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).toEqual([]);
  });

  it('treats empty credentials as absent and parses lists and flags', () => {
    const env = loadEnv({ DISCORD_TOKEN: '  ', SLACK_ADMIN_USERS: 'U1, U2,,', ALLOW_PRIVATE_FEEDS: 'yes' });
    expect(env.DISCORD_TOKEN).toBeUndefined();
    expect(env.SLACK_ADMIN_USERS).toEqual(['U1', 'U2']);
    expect(env.ALLOW_PRIVATE_FEEDS).toBe(true);
  });
});
