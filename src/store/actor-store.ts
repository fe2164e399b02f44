import type { Redis } from 'ioredis';
import { ActorSchema, type Actor } from '../domain/model.js';
import type { Keys } from './keys.js';
import { decodeAll } from './redis-json.js';

/** Actors a tenant added; the shared registry (config/actors.yaml) is passed in and never stored. */
export class ActorStore {
  constructor(private readonly redis: Redis, private readonly keys: Keys, private readonly registry: readonly Actor[]) {}

  async put(actor: Actor & { tenant: string }): Promise<void> {
    await this.redis
      .multi()
      .hset(this.keys.actors, actor.id, JSON.stringify(ActorSchema.parse(actor)))
      .sadd(this.keys.tenantActors(actor.tenant), actor.id)
      .incr(this.keys.claimsVersion)
      .exec();
  }

  /** Registry actors plus the tenant's own. */
  async listTenant(tenant: string): Promise<Actor[]> {
    const ids = await this.redis.smembers(this.keys.tenantActors(tenant));
    const own = ids.length ? decodeAll(ActorSchema, this.keys.actors, await this.redis.hmget(this.keys.actors, ...ids)) : [];
    return [...this.registry, ...own];
  }

  async find(tenant: string, id: string): Promise<Actor | undefined> {
    return (await this.listTenant(tenant)).find((a) => a.id === id);
  }

  /** Everything the engine matches against: the registry and every tenant's additions. */
  async all(): Promise<Actor[]> {
    const own = decodeAll(ActorSchema, this.keys.actors, Object.values(await this.redis.hgetall(this.keys.actors)));
    return [...this.registry, ...own];
  }
}
