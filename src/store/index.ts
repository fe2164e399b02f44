// The Redis repositories, built once per process from one connection and one key prefix.
import type { Redis } from 'ioredis';
import type { Actor } from '../domain/model.js';
import { ActorStore } from './actor-store.js';
import { ClaimHistoryStore } from './claim-history-store.js';
import { ClaimStore } from './claim-store.js';
import { DeliveryStore } from './delivery-store.js';
import { FeedStore } from './feed-store.js';
import { ItemStore } from './item-store.js';
import { makeKeys } from './keys.js';
import { SeenStore } from './seen-store.js';
import { SubscriptionStore } from './subscription-store.js';

export function createStores(redis: Redis, prefix: string, registryActors: readonly Actor[]) {
  const keys = makeKeys(prefix);
  return {
    redis,
    keys,
    claims: new ClaimStore(redis, keys),
    actors: new ActorStore(redis, keys, registryActors),
    subscriptions: new SubscriptionStore(redis, keys),
    feeds: new FeedStore(redis, keys),
    seen: new SeenStore(redis, keys),
    items: new ItemStore(redis, keys),
    history: new ClaimHistoryStore(redis, keys),
    deliveries: new DeliveryStore(redis, keys),
  };
}
export type Stores = ReturnType<typeof createStores>;
