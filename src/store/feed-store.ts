import type { Redis } from 'ioredis';
import { z } from 'zod';
import { FeedSchema, type Feed } from '../domain/feeds.js';
import type { Keys } from './keys.js';
import { decode, decodeAll } from './redis-json.js';

export const FeedStateSchema = z.object({
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  /** False until the first successful poll, which records what is there and alerts on nothing. */
  seeded: z.boolean().default(false),
  failures: z.number().int().default(0),
  lastError: z.object({ code: z.string(), message: z.string(), at: z.string() }).optional(),
  disabled: z.object({ reason: z.string(), at: z.string() }).optional(),
  lastPolledAt: z.string().optional(),
  lastNewItemsAt: z.string().optional(),
});
export type FeedState = z.infer<typeof FeedStateSchema>;

/** Feeds (registry ones are synced at start-up, tenants add theirs) and each feed's polling state. */
export class FeedStore {
  constructor(private readonly redis: Redis, private readonly keys: Keys) {}

  async put(feed: Feed): Promise<void> {
    await this.redis.hset(this.keys.feeds, feed.id, JSON.stringify(FeedSchema.parse(feed)));
  }

  async get(id: string): Promise<Feed | undefined> {
    const raw = await this.redis.hget(this.keys.feeds, id);
    return raw === null ? undefined : decode(FeedSchema, `${this.keys.feeds}/${id}`, raw);
  }

  async all(): Promise<Feed[]> {
    return decodeAll(FeedSchema, this.keys.feeds, Object.values(await this.redis.hgetall(this.keys.feeds)));
  }

  async remove(id: string): Promise<void> {
    await this.redis.multi().hdel(this.keys.feeds, id).del(this.keys.feedState(id), this.keys.seen(id)).exec();
  }

  async state(id: string): Promise<FeedState> {
    const raw = await this.redis.get(this.keys.feedState(id));
    return raw === null ? FeedStateSchema.parse({}) : decode(FeedStateSchema, this.keys.feedState(id), raw);
  }

  async saveState(id: string, state: FeedState): Promise<void> {
    await this.redis.set(this.keys.feedState(id), JSON.stringify(state));
  }
}
