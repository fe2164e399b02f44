// Starts the whole app in-process against real Redis, a unique key prefix and a captured console sink.
import { PassThrough } from 'node:stream';
import pino from 'pino';
import { startApp, type App, type ChatAdapter } from '../../src/app.js';
import { loadEnv } from '../../src/config/env.js';
import { loadRegistry, type Registry } from '../../src/config/files.js';
import { deletePrefix, REDIS_URL, testRedis, uniquePrefix } from './redis.js';

export interface Harness {
  app: App;
  prefix: string;
  registry: Registry;
  /** Everything the console sink printed, one entry per line. */
  consoleLines(): string[];
  /** Parsed JSON Lines of the console sink (ALERT_FORMAT=json). */
  consoleMessages(): Array<Record<string, unknown>>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  label: string;
  env?: Record<string, string>;
  registry?: Registry;
  adapters?: () => ChatAdapter[];
  now?: () => Date;
  /** Serve /healthz and /metrics (off by default). */
  http?: boolean;
}

export async function startHarness(opts: HarnessOptions): Promise<Harness> {
  const prefix = uniquePrefix(opts.label);
  const env = loadEnv({ REDIS_URL, REDIS_PREFIX: prefix, CLAIMS_FILE: '', ALERT_FORMAT: 'json', ALLOW_PRIVATE_FEEDS: 'true', LOG_LEVEL: 'silent', FEED_TIMEOUT_MS: '3000', ...opts.env });
  const registry = opts.registry ?? (await loadRegistry('config'));
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  let output = '';
  const out = new PassThrough();
  out.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const start = () => startApp({ env, registry, logger, consoleOut: out, http: opts.http ?? false, schedule: false, adapters: opts.adapters?.() ?? [], ...(opts.now ? { now: opts.now } : {}) });
  const harness: Harness = {
    app: await start(),
    prefix,
    registry,
    consoleLines: () => output.split('\n').filter(Boolean),
    consoleMessages: () => harness.consoleLines().map((l) => JSON.parse(l) as Record<string, unknown>),
    async restart() {
      await harness.app.stop();
      harness.app = await start();
    },
    async close() {
      await harness.app.stop();
      const redis = testRedis();
      await deletePrefix(redis, prefix);
      await redis.quit();
    },
  };
  return harness;
}

/** Polls `check` until it returns a value, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined> | T | undefined, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Waits until the match and alert queues are empty (every queued item judged and delivered). */
export async function pipelineIdle(app: App, timeoutMs = 10_000): Promise<void> {
  await eventually(async () => {
    const counts = await Promise.all([app.queues.poll, app.queues.match, app.queues.alert].map((q) => q.getJobCounts('waiting', 'active', 'delayed', 'prioritized')));
    return counts.every((c) => Object.values(c).every((n) => n === 0)) || undefined;
  }, timeoutMs, 'the pipeline to go idle');
}
