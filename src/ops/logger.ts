// Structured logs (pino). Secrets are redacted by key wherever they appear in a logged object, and tokens are
// scrubbed from free-text messages, because an error message can quote a URL or header that carries one.
import pino, { type Logger } from 'pino';

const SECRET_KEYS = ['token', 'botToken', 'appToken', 'signingSecret', 'authorization', 'password', 'DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN'];
const SECRET_PATTERNS = [/xox[abposr]-[\w-]+/g, /xapp-[\w-]+/g, /Bot [\w.-]{20,}/g, /[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,40}/g, /(redis[s]?:\/\/[^:@/]*:)[^@/]+@/g];

/** Removes anything shaped like a Slack/Discord token or a Redis password from a string. */
export function scrubSecrets(text: string): string {
  return SECRET_PATTERNS.reduce((t, re) => t.replace(re, (m, prefix?: string) => (typeof prefix === 'string' && m.startsWith('redis') ? `${prefix}***@` : '[redacted]')), text);
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'claimwatch' },
      redact: { paths: SECRET_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]), censor: '[redacted]' },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? scrubSecrets(a) : a)) as Parameters<typeof method>);
        },
      },
      serializers: { err: (e: unknown) => (e instanceof Error ? { type: e.name, code: (e as { code?: unknown }).code, message: scrubSecrets(e.message) } : e) },
    },
    destination ?? pino.destination(2),
  );
}
