// One BullMQ job scheduler per feed. BullMQ keeps schedulers in Redis, so with several worker processes each
// poll still happens once. A stable per-feed offset spreads polls over the interval instead of bursting them.
import type { Queue } from 'bullmq';
import type { Feed } from '../domain/feeds.js';
import type { PollJob } from '../queue/queues.js';

const SCHEDULER_PREFIX = 'feed:';

export function feedSchedulerId(feedId: string): string {
  return `${SCHEDULER_PREFIX}${feedId}`;
}

/** Deterministic jitter in [0, intervalMs): the same feed keeps its slot across restarts. */
export function jitterFor(feedId: string, intervalMs: number): number {
  let h = 2166136261;
  for (let i = 0; i < feedId.length; i++) h = Math.imul(h ^ feedId.charCodeAt(i), 16777619);
  return (h >>> 0) % intervalMs;
}

export async function scheduleFeed(queue: Queue<PollJob>, feed: Feed, overrideSeconds?: number): Promise<void> {
  const every = (overrideSeconds ?? feed.pollSeconds) * 1000;
  await queue.upsertJobScheduler(
    feedSchedulerId(feed.id),
    { every, offset: jitterFor(feed.id, every) },
    { name: 'poll', data: { feedId: feed.id }, opts: { attempts: 3, backoff: { type: 'exponential', delay: 5_000 } } },
  );
}

export async function unscheduleFeed(queue: Queue<PollJob>, feedId: string): Promise<void> {
  await queue.removeJobScheduler(feedSchedulerId(feedId));
}

/** Makes the queue's schedulers exactly the given feeds. */
export async function syncFeedSchedules(queue: Queue<PollJob>, feeds: readonly Feed[], overrideSeconds?: number): Promise<void> {
  const wanted = new Set(feeds.map((f) => feedSchedulerId(f.id)));
  for (const scheduler of await queue.getJobSchedulers(0, -1)) {
    if (scheduler.key.startsWith(SCHEDULER_PREFIX) && !wanted.has(scheduler.key)) await queue.removeJobScheduler(scheduler.key);
  }
  for (const feed of feeds) await scheduleFeed(queue, feed, overrideSeconds);
}
