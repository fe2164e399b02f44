import type { Redis } from 'ioredis';
import { SubscriptionSchema, type Subscription, type Target } from '../domain/subscription.js';
import type { Keys } from './keys.js';
import { decode, decodeAll } from './redis-json.js';

export class SubscriptionStore {
  constructor(private readonly redis: Redis, private readonly keys: Keys) {}

  async put(sub: Subscription): Promise<void> {
    await this.redis
      .multi()
      .hset(this.keys.subscriptions, sub.id, JSON.stringify(SubscriptionSchema.parse(sub)))
      .sadd(this.keys.targetSubs(sub.target.kind, sub.target.id), sub.id)
      .sadd(this.keys.tenantSubs(sub.tenant), sub.id)
      .exec();
  }

  async get(id: string): Promise<Subscription | undefined> {
    const raw = await this.redis.hget(this.keys.subscriptions, id);
    return raw === null ? undefined : decode(SubscriptionSchema, `${this.keys.subscriptions}/${id}`, raw);
  }

  async forTarget(target: Target): Promise<Subscription[]> {
    return this.load(await this.redis.smembers(this.keys.targetSubs(target.kind, target.id)));
  }

  async listTenant(tenant: string): Promise<Subscription[]> {
    return this.load(await this.redis.smembers(this.keys.tenantSubs(tenant)));
  }

  async remove(sub: Subscription): Promise<void> {
    await this.redis
      .multi()
      .hdel(this.keys.subscriptions, sub.id)
      .srem(this.keys.targetSubs(sub.target.kind, sub.target.id), sub.id)
      .srem(this.keys.tenantSubs(sub.tenant), sub.id)
      .exec();
  }

  /** Stops delivery to a channel the platform refused, recording why (shown by the list commands). */
  async pause(id: string, reason: string, now: Date): Promise<void> {
    const sub = await this.get(id);
    if (sub) await this.put({ ...sub, paused: { reason, at: now.toISOString() } });
  }

  private async load(ids: string[]): Promise<Subscription[]> {
    if (ids.length === 0) return [];
    return decodeAll(SubscriptionSchema, this.keys.subscriptions, await this.redis.hmget(this.keys.subscriptions, ...ids));
  }
}
