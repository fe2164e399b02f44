import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';

/** Keep this many item ids per feed: far more than any feed shows at once, so an old item never looks new. */
const KEEP_PER_FEED = 5_000;

/**
 * Which item ids a feed has already shown. BullMQ's jobId dedup ends when a job is removed, so "new" is decided
 * here, by key. A sorted set scored by first-seen time lets the oldest ids be trimmed.
 */
export class SeenStore {
  constructor(private readonly redis: Redis, private readonly keys: Keys) {}

  async unseen(feedId: string, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const scores = await this.redis.zmscore(this.keys.seen(feedId), ...ids);
    return ids.filter((_, i) => scores[i] === null);
  }

  async markSeen(feedId: string, ids: readonly string[], now: Date): Promise<void> {
    if (ids.length === 0) return;
    const key = this.keys.seen(feedId);
    const args = ids.flatMap((id) => [now.getTime(), id]);
    await this.redis.multi().zadd(key, 'NX', ...args).zremrangebyrank(key, 0, -KEEP_PER_FEED - 1).exec();
  }
}
