// BullMQ adapter of the digest stage. A platform's "slow down" becomes a delayed job; a refused channel is
// logged and not retried (its scheduler stays until `digest off`); other failures retry with backoff.
import { DelayedError, Worker, type ConnectionOptions } from 'bullmq';
import type { Logger } from 'pino';
import { ChatDeliveryError } from '../chat/core/errors.js';
import { DigestJobSchema, QUEUES, parsePayload, type DigestJob } from '../queue/queues.js';
import { runDigest, type DigestOutcome, type DigestStageDeps } from './run-digest.js';

export function startDigestWorker(connection: ConnectionOptions, prefix: string, deps: DigestStageDeps, logger: Logger): Worker<DigestJob> {
  return new Worker<DigestJob>(
    QUEUES.digest,
    async (job, token): Promise<DigestOutcome | 'unavailable'> => {
      const data = parsePayload(DigestJobSchema, QUEUES.digest, job.data);
      try {
        const outcome = await runDigest(data, deps);
        logger.info({ channel: data.channel, outcome, preview: data.preview }, 'digest job done');
        return outcome;
      } catch (err) {
        if (err instanceof ChatDeliveryError && err.code === 'chat/rate-limited' && token) {
          await job.moveToDelayed(Date.now() + (err.retryAfterMs ?? 1_000), token);
          throw new DelayedError();
        }
        if (err instanceof ChatDeliveryError && err.code === 'chat/channel-unavailable') {
          logger.warn({ channel: data.channel, err }, 'channel refused the digest');
          return 'unavailable';
        }
        logger.warn({ jobId: job.id, attempt: job.attemptsMade + 1, err }, 'digest failed; will retry');
        throw err;
      }
    },
    { connection, prefix, concurrency: 2 },
  );
}
