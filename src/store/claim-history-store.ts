import type { Redis } from 'ioredis';
import { ClaimMatchSchema, type ClaimMatch } from '../domain/model.js';
import { EMPTY_TIMELINE, TimelineStateSchema, type TimelineState } from '../domain/timeline/claim-timeline.js';
import type { Keys } from './keys.js';
import { decode, decodeAll } from './redis-json.js';

export interface MatchRecord {
  itemId: string;
  match: ClaimMatch;
}

/**
 * A claim's history: every match in time order (sorted set scored by the item's publication time, details in a
 * hash) and the timeline state that decides "first sighting", "copy", "repeat denial".
 */
export class ClaimHistoryStore {
  constructor(private readonly redis: Redis, private readonly keys: Keys) {}

  async addMatch(claimId: string, itemId: string, publishedAt: string, match: ClaimMatch): Promise<void> {
    await this.redis
      .multi()
      .zadd(this.keys.claimMatches(claimId), Date.parse(publishedAt), itemId)
      .hset(this.keys.claimMatch(claimId), itemId, JSON.stringify(ClaimMatchSchema.parse(match)))
      .exec();
  }

  async hasMatch(claimId: string, itemId: string): Promise<boolean> {
    return (await this.redis.hexists(this.keys.claimMatch(claimId), itemId)) === 1;
  }

  /** Matches published in [from, to), oldest first. */
  async matchesBetween(claimId: string, from: Date, to: Date): Promise<MatchRecord[]> {
    const ids = await this.redis.zrangebyscore(this.keys.claimMatches(claimId), from.getTime(), `(${to.getTime()}`);
    return this.load(claimId, ids);
  }

  async latest(claimId: string, count: number): Promise<MatchRecord[]> {
    const ids = await this.redis.zrevrange(this.keys.claimMatches(claimId), 0, count - 1);
    return this.load(claimId, ids);
  }

  async timeline(claimId: string): Promise<TimelineState> {
    const raw = await this.redis.get(this.keys.timeline(claimId));
    return raw === null ? EMPTY_TIMELINE : decode(TimelineStateSchema, this.keys.timeline(claimId), raw);
  }

  async saveTimeline(claimId: string, state: TimelineState): Promise<void> {
    await this.redis.set(this.keys.timeline(claimId), JSON.stringify(state));
  }

  private async load(claimId: string, ids: string[]): Promise<MatchRecord[]> {
    if (ids.length === 0) return [];
    const key = this.keys.claimMatch(claimId);
    const matches = decodeAll(ClaimMatchSchema, key, await this.redis.hmget(key, ...ids));
    return matches.map((match, i) => ({ itemId: ids[i] as string, match }));
  }
}
