// BullMQ adapter of the ingest stage. Retryable feed failures (timeouts, 5xx) retry with backoff; the rest
// (4xx, malformed XML, blocked address) fail at once: the feed's own schedule tries again at the next interval.
import { UnrecoverableError, Worker, type ConnectionOptions } from 'bullmq';
import type { Logger } from 'pino';
import type { Metrics } from '../ops/metrics.js';
import { PollJobSchema, QUEUES, parsePayload, type PollJob } from '../queue/queues.js';
import { FeedError } from './index.js';
import { pollFeed, type PollDeps } from './poll-stage.js';

export function startPollWorker(connection: ConnectionOptions, prefix: string, deps: PollDeps, logger: Logger, metrics: Metrics, concurrency = 8): Worker<PollJob> {
  return new Worker<PollJob>(
    QUEUES.poll,
    async (job) => {
      const { feedId } = parsePayload(PollJobSchema, QUEUES.poll, job.data);
      const feed = await deps.feeds.get(feedId);
      if (!feed) return { skipped: 'feed removed' };
      try {
        const outcome = await pollFeed(feed, deps);
        metrics.feedPolls.inc({ outcome: outcome.kind });
        if (outcome.kind === 'polled') {
          metrics.itemsFetched.inc(outcome.items);
          metrics.newItems.inc(outcome.fresh);
        }
        logger.debug({ feedId, outcome }, 'feed polled');
        return outcome;
      } catch (err) {
        if (!(err instanceof FeedError)) throw err;
        metrics.feedPolls.inc({ outcome: 'failed' });
        metrics.feedErrors.inc({ code: err.code });
        logger.warn({ feedId, url: feed.url, code: err.code, retryable: err.retryable, attempt: job.attemptsMade + 1, err }, 'feed poll failed');
        if (!err.retryable) throw new UnrecoverableError(`${err.code}: ${err.message}`);
        throw err;
      }
    },
    { connection, prefix, concurrency },
  );
}
