import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';

/** Delivery records outlive any retry or replay of the item that could re-send it. */
const KEEP_SECONDS = 90 * 24 * 3600;

/** What was sent where: the exactly-once ledger of the alert stage, keyed by (subscription, target, item, kind). */
export class DeliveryStore {
  constructor(private readonly redis: Redis, private readonly keys: Keys) {}

  async wasDelivered(key: string): Promise<boolean> {
    return (await this.redis.exists(this.keys.delivery(key))) === 1;
  }

  /** Records a delivery with the platform's message reference (for edits and threads). */
  async record(key: string, messageRef: string): Promise<void> {
    await this.redis.set(this.keys.delivery(key), messageRef, 'EX', KEEP_SECONDS);
  }

  async ref(key: string): Promise<string | undefined> {
    return (await this.redis.get(this.keys.delivery(key))) ?? undefined;
  }
}
