// The pipeline's queues and the payload each carries. Payloads are parsed with zod when a job is added and
// again when a worker takes it (a job written by an older version, or by hand, fails loudly, not subtly).
//
// poll   Published by the feed scheduler (one job scheduler per feed). Consumed by the poll worker.
// match  Published by the poll worker, one job per new item.           Consumed by the match worker.
// alert  Published by the match worker, one job per (subscription, item). Consumed by the alert worker.
// digest Published by a per-channel job scheduler at the channel's time.  Consumed by the digest worker.
import { Queue, UnrecoverableError, type ConnectionOptions, type JobsOptions } from 'bullmq';
import { z } from 'zod';
import { AlertSchema } from '../domain/alert/alert.js';
import { ItemSchema } from '../domain/model.js';
import { ChannelRefSchema } from '../domain/subscription.js';

export const QUEUES = { poll: 'poll', match: 'match', alert: 'alert', digest: 'digest' } as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const PollJobSchema = z.object({ feedId: z.string().min(1) });
export const MatchJobSchema = z.object({ item: ItemSchema });
export const AlertJobSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('alert'), alert: AlertSchema, deliveryKey: z.string().min(1) }),
  /** Rewrites a claim thread's root status line when an event changes it without an alert of its own. */
  z.object({ type: z.literal('status'), channel: ChannelRefSchema, claimId: z.string(), status: z.string() }),
  /** An operational notice (a feed this channel's tenant added was disabled). Published by the poll worker. */
  z.object({ type: z.literal('notice'), channel: ChannelRefSchema, text: z.string().min(1).max(2_000) }),
]);
export const DigestJobSchema = z.object({ tenant: z.string(), channel: ChannelRefSchema, preview: z.boolean().default(false) });

export type PollJob = z.infer<typeof PollJobSchema>;
export type MatchJob = z.infer<typeof MatchJobSchema>;
export type AlertJob = z.infer<typeof AlertJobSchema>;
export type DigestJob = z.infer<typeof DigestJobSchema>;

/** Transient failures retry with exponential backoff; finished jobs are trimmed so Redis stays small. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { count: 1_000, age: 24 * 3600 },
  removeOnFail: { count: 5_000, age: 14 * 24 * 3600 },
};

/** BullMQ keys live under `<prefix>:q`; give REDIS_PREFIX a {hash tag} on Redis Cluster. */
export function queuePrefix(redisPrefix: string): string {
  return `${redisPrefix}:q`;
}

export function createQueues(connection: ConnectionOptions, redisPrefix: string) {
  const opts = { connection, prefix: queuePrefix(redisPrefix), defaultJobOptions: DEFAULT_JOB_OPTIONS };
  return {
    poll: new Queue<PollJob>(QUEUES.poll, opts),
    match: new Queue<MatchJob>(QUEUES.match, opts),
    alert: new Queue<AlertJob>(QUEUES.alert, opts),
    digest: new Queue<DigestJob>(QUEUES.digest, opts),
  };
}
export type Queues = ReturnType<typeof createQueues>;

/** A payload that fails its schema will fail again: mark it unrecoverable instead of retrying it 8 times. */
export function parsePayload<T>(schema: z.ZodType<T>, queue: QueueName, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new UnrecoverableError(`queue/invalid-payload: ${queue}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}
