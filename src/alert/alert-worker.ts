// BullMQ adapter of the alert stage. A platform's "slow down" becomes a delayed job (no sleeping in the worker);
// other failures retry with the queue's backoff. Concurrency is high because a job mostly waits: the Discord
// transport holds an alert up to 1 s for others to share its message, and Slack paces each channel; with 4, a
// burst was capped at about 4 alerts per second per process and batches never filled (fault run, issue 7).
import { DelayedError, Worker, type ConnectionOptions } from 'bullmq';
import type { Logger } from 'pino';
import { ChatDeliveryError } from '../chat/core/errors.js';
import type { Metrics } from '../ops/metrics.js';
import { AlertJobSchema, QUEUES, parsePayload, type AlertJob } from '../queue/queues.js';
import { deliver, type DeliverDeps } from './deliver.js';

export function startAlertWorker(connection: ConnectionOptions, prefix: string, deps: DeliverDeps, logger: Logger, metrics: Metrics, concurrency = 32): Worker<AlertJob> {
  return new Worker<AlertJob>(
    QUEUES.alert,
    async (job, token) => {
      const data = parsePayload(AlertJobSchema, QUEUES.alert, job.data);
      const channel = data.type === 'alert' ? data.alert.channel : data.channel;
      const platform = channel.platform;
      try {
        const outcome = await deliver(data, deps);
        metrics.alerts.inc({ platform, outcome });
        if (outcome === 'paused') logger.warn({ channel }, 'channel refused delivery; subscription paused');
        return outcome;
      } catch (err) {
        if (err instanceof ChatDeliveryError && err.code === 'chat/rate-limited' && token) {
          metrics.alerts.inc({ platform, outcome: 'rate-limited' });
          await job.moveToDelayed(Date.now() + (err.retryAfterMs ?? 1_000), token);
          throw new DelayedError();
        }
        metrics.alerts.inc({ platform, outcome: 'failed' });
        logger.warn({ jobId: job.id, attempt: job.attemptsMade + 1, err }, 'alert delivery failed; will retry');
        throw err;
      }
    },
    { connection, prefix, concurrency },
  );
}
