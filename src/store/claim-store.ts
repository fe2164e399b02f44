import type { Redis } from 'ioredis';
import { ClaimSchema, type Claim } from '../domain/model.js';
import type { Keys } from './keys.js';
import { decode, decodeAll } from './redis-json.js';

/** Claims by id, indexed per tenant; a version counter tells match workers to rebuild their engine. */
export class ClaimStore {
  constructor(private readonly redis: Redis, private readonly keys: Keys) {}

  async put(claim: Claim): Promise<void> {
    await this.redis
      .multi()
      .hset(this.keys.claims, claim.id, JSON.stringify(ClaimSchema.parse(claim)))
      .sadd(this.keys.tenantClaims(claim.tenant), claim.id)
      .incr(this.keys.claimsVersion)
      .exec();
  }

  async get(id: string): Promise<Claim | undefined> {
    const raw = await this.redis.hget(this.keys.claims, id);
    return raw === null ? undefined : decode(ClaimSchema, `${this.keys.claims}/${id}`, raw);
  }

  /** A claim only if it belongs to `tenant`: commands never see another tenant's data. */
  async getForTenant(tenant: string, id: string): Promise<Claim | undefined> {
    const claim = await this.get(id);
    return claim?.tenant === tenant ? claim : undefined;
  }

  async listTenant(tenant: string): Promise<Claim[]> {
    const ids = await this.redis.smembers(this.keys.tenantClaims(tenant));
    if (ids.length === 0) return [];
    const claims = decodeAll(ClaimSchema, this.keys.claims, await this.redis.hmget(this.keys.claims, ...ids));
    return claims.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async all(): Promise<Claim[]> {
    return decodeAll(ClaimSchema, this.keys.claims, Object.values(await this.redis.hgetall(this.keys.claims)));
  }

  async remove(tenant: string, id: string): Promise<boolean> {
    if (!(await this.getForTenant(tenant, id))) return false;
    await this.redis.multi().hdel(this.keys.claims, id).srem(this.keys.tenantClaims(tenant), id).incr(this.keys.claimsVersion).exec();
    return true;
  }

  async version(): Promise<number> {
    return Number((await this.redis.get(this.keys.claimsVersion)) ?? 0);
  }
}
