// The process environment, parsed once at start-up. Chat credentials are optional: without them alerts go to
// the console, so the bot runs out of the box against Redis.
import { z } from 'zod';
import { ConfigError, describeZodIssues } from './errors.js';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const optional = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

export const EnvSchema = z.object({
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://').default('redis://127.0.0.1:6379'),
  /** Prefix of every Redis key and BullMQ queue; wrap it in {braces} to keep it in one Redis Cluster slot. */
  REDIS_PREFIX: z.string().min(1).default('cw'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HTTP_HOST: z.string().default('127.0.0.1'),
  HTTP_PORT: z.coerce.number().int().min(0).max(65_535).default(9464),
  CONFIG_DIR: z.string().default('config'),
  /** Claims seeded into the console tenant at start-up (empty string: none). */
  CLAIMS_FILE: z.string().default('config/claims.example.yaml'),
  ALERT_FORMAT: z.enum(['text', 'json']).default('text'),
  ALLOW_PRIVATE_FEEDS: flag.default(false),
  FEED_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  FEED_MAX_BYTES: z.coerce.number().int().min(1_024).default(5 * 1024 * 1024),
  FEED_MAX_REDIRECTS: z.coerce.number().int().min(0).max(10).default(5),
  FEED_POLL_SECONDS: z.coerce.number().int().min(1).optional(),
  FEED_DISABLE_AFTER_FAILURES: z.coerce.number().int().min(1).default(10),
  DISCORD_TOKEN: optional,
  DISCORD_APP_ID: optional,
  DISCORD_DEV_GUILD: optional,
  DISCORD_API_URL: z.url().default('https://discord.com/api'),
  SLACK_BOT_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_API_URL: z.url().default('https://slack.com/api/'),
  SLACK_PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  /** Slack user ids allowed to run admin subcommands besides workspace admins, comma-separated. */
  SLACK_ADMIN_USERS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean)),
});
export type Env = z.infer<typeof EnvSchema>;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) throw new ConfigError(describeZodIssues('environment', parsed.error));
  const env = parsed.data;
  const problems: string[] = [];
  if (env.DISCORD_TOKEN && !env.DISCORD_APP_ID) problems.push('environment: DISCORD_APP_ID: required when DISCORD_TOKEN is set');
  if (env.SLACK_BOT_TOKEN && !env.SLACK_SIGNING_SECRET && !env.SLACK_APP_TOKEN)
    problems.push('environment: SLACK_SIGNING_SECRET: required when SLACK_BOT_TOKEN is set (or set SLACK_APP_TOKEN for Socket Mode)');
  if (problems.length) throw new ConfigError(problems);
  return env;
}
