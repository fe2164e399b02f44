import type { Redis } from 'ioredis';
import { z } from 'zod';
import { AlertSchema, type Alert } from '../domain/alert/alert.js';
import type { ChannelRef } from '../domain/subscription.js';
import type { Keys } from '../store/keys.js';
import { decode } from '../store/redis-json.js';

/** Long enough for one send to a chat platform, short enough that a crashed sender does not stall the claim. */
const ROOT_CLAIM_MS = 30_000;

const ThreadRootSchema = z.object({ ref: z.string(), alert: AlertSchema });
export type ThreadRoot = z.infer<typeof ThreadRootSchema>;

/** One thread per (channel, claim): the first alert is its root, kept so its status line can be re-rendered. */
export class ThreadStore {
  constructor(private readonly redis: Redis, private readonly keys: Keys) {}

  private key(channel: ChannelRef, claimId: string): string {
    return this.keys.thread(`${channel.platform}:${channel.id}`, claimId);
  }

  async root(channel: ChannelRef, claimId: string): Promise<ThreadRoot | undefined> {
    const raw = await this.redis.get(this.key(channel, claimId));
    return raw === null ? undefined : decode(ThreadRootSchema, this.key(channel, claimId), raw);
  }

  /** True for the one caller allowed to post a root now; the claim expires in case that caller dies. */
  async claimRoot(channel: ChannelRef, claimId: string): Promise<boolean> {
    return (await this.redis.set(`${this.key(channel, claimId)}:starting`, '1', 'PX', ROOT_CLAIM_MS, 'NX')) === 'OK';
  }

  async releaseRoot(channel: ChannelRef, claimId: string): Promise<void> {
    await this.redis.del(`${this.key(channel, claimId)}:starting`);
  }

  async setRoot(channel: ChannelRef, claimId: string, ref: string, alert: Alert): Promise<void> {
    await this.redis.set(this.key(channel, claimId), JSON.stringify({ ref, alert }));
  }
}
