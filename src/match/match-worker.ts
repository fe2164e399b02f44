// BullMQ adapter of the match stage.
import { Worker, type ConnectionOptions } from 'bullmq';
import type { Logger } from 'pino';
import type { Metrics } from '../ops/metrics.js';
import { MatchJobSchema, QUEUES, parsePayload, type MatchJob } from '../queue/queues.js';
import { processItem, type MatchOutcome, type MatchStageDeps } from './match-stage.js';

export function startMatchWorker(connection: ConnectionOptions, prefix: string, deps: MatchStageDeps, logger: Logger, metrics: Metrics): Worker<MatchJob> {
  // One item at a time per process: a claim's timeline is read, extended and written back by this stage.
  return new Worker<MatchJob>(
    QUEUES.match,
    async (job) => {
      const { item } = parsePayload(MatchJobSchema, QUEUES.match, job.data);
      const outcome = await processItem(item, deps);
      if (outcome.claimMatches || outcome.actorMentions) logger.info({ itemId: item.id, title: item.title, ...outcome }, 'item matched');
      return outcome;
    },
    { connection, prefix, concurrency: 1 },
  ).on('completed', (_job, outcome: MatchOutcome | undefined) => {
    for (const stance of outcome?.stances ?? []) metrics.matches.inc({ stance });
  });
}
