// Per-channel settings (digest time, time zone, quiet hours) under keys.channel("<platform>:<channel id>").
import type { Redis } from 'ioredis';
import { ChannelSettingsSchema, type ChannelSettings } from '../domain/digest/channel-settings.js';
import type { ChannelRef } from '../domain/subscription.js';
import type { Keys } from '../store/keys.js';
import { decode } from '../store/redis-json.js';

export class ChannelSettingsStore {
  constructor(private readonly redis: Redis, private readonly keys: Keys) {}

  private key(channel: ChannelRef): string {
    return this.keys.channel(`${channel.platform}:${channel.id}`);
  }

  async get(channel: ChannelRef): Promise<ChannelSettings | undefined> {
    const raw = await this.redis.get(this.key(channel));
    return raw === null ? undefined : decode(ChannelSettingsSchema, this.key(channel), raw);
  }

  /** Stores the settings, or forgets the channel when neither a digest nor quiet hours remain. */
  async put(channel: ChannelRef, settings: ChannelSettings): Promise<void> {
    if (!settings.digest && !settings.quiet) await this.redis.del(this.key(channel));
    else await this.redis.set(this.key(channel), JSON.stringify(ChannelSettingsSchema.parse(settings)));
  }
}
