import type { Redis } from 'ioredis';
import { z } from 'zod';
import { AlertSchema, type Alert } from '../domain/alert/alert.js';
import type { ChannelRef } from '../domain/subscription.js';
import type { Keys } from '../store/keys.js';
import { decode } from '../store/redis-json.js';

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

  async setRoot(channel: ChannelRef, claimId: string, ref: string, alert: Alert): Promise<void> {
    await this.redis.set(this.key(channel, claimId), JSON.stringify({ ref, alert }));
  }
}
