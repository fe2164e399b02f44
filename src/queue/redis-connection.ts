// ioredis connections. Workers need maxRetriesPerRequest: null (BullMQ blocks on Redis); everything retries
// connecting with capped backoff, so "Redis down at start" is a logged wait, not a crash loop.
import { Redis } from 'ioredis';
import type { Logger } from 'pino';

export function connectRedis(url: string, logger: Logger, role: string): Redis {
  const redis = new Redis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    retryStrategy: (attempt) => Math.min(attempt * 500, 5_000),
    lazyConnect: false,
  });
  let lastLogged = 0;
  redis.on('error', (err: Error) => {
    // ioredis emits an error per failed attempt; one line every 10 s is enough to tell the operator.
    if (Date.now() - lastLogged > 10_000) {
      lastLogged = Date.now();
      logger.error({ role, err: err.message, redis: redactUrl(url) }, 'Redis is not reachable; retrying');
    }
  });
  return redis;
}

/** Waits until Redis answers PING, logging while it does not. */
export async function waitForRedis(redis: Redis, logger: Logger, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await redis.ping();
      return;
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`Redis did not answer within ${timeoutMs / 1000}s: ${(err as Error).message}`);
      logger.warn('waiting for Redis');
      await new Promise((r) => setTimeout(r, 1_000));
    }
  }
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, '//***@');
}
