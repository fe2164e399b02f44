// The digest operations the command core calls (DigestOps): store the channel's settings and keep its job
// scheduler in step, or compose a preview of the last 24 hours.
import type { Queue } from 'bullmq';
import type { CommandContext, DigestOps } from '../chat/core/commands/types.js';
import { canonicalTimeZone, parseClockTime } from '../domain/digest/clock.js';
import type { Source } from '../domain/model.js';
import type { ChannelRef } from '../domain/subscription.js';
import type { DigestJob } from '../queue/queues.js';
import type { Stores } from '../store/index.js';
import { buildDigest } from './build-digest.js';
import { ChannelSettingsStore } from './channel-settings-store.js';
import { scheduleDigest, unscheduleDigest } from './digest-scheduler.js';
import { digestReply } from './digest-reply.js';

const DAY_MS = 24 * 3_600_000;

export interface DigestOpsDeps {
  stores: Stores;
  queue: Queue<DigestJob>;
  sources: readonly Source[];
}

const channelOf = (ctx: CommandContext): ChannelRef => ({ platform: ctx.platform, id: ctx.channelId });

export function createDigestOps(deps: DigestOpsDeps): DigestOps {
  const settings = new ChannelSettingsStore(deps.stores.redis, deps.stores.keys);
  return {
    async set(ctx, time, timeZone) {
      const clock = parseClockTime(time);
      const zone = canonicalTimeZone(timeZone);
      if (!clock || !zone) throw new Error(`digest/invalid-schedule: ${time} ${timeZone}`);
      const channel = channelOf(ctx);
      const current = await settings.get(channel);
      await settings.put(channel, { ...current, tenant: ctx.tenant, timeZone: zone, digest: { time } });
      await scheduleDigest(deps.queue, ctx.tenant, channel, clock, zone);
    },
    async off(ctx) {
      const channel = channelOf(ctx);
      await unscheduleDigest(deps.queue, channel);
      // Quiet hours hold alerts for the digest: with no digest they would hold them for good.
      const current = await settings.get(channel);
      if (current) await settings.put(channel, { tenant: current.tenant, timeZone: current.timeZone });
    },
    async preview(ctx) {
      const channel = channelOf(ctx);
      const timeZone = (await settings.get(channel))?.timeZone ?? 'UTC';
      const window = { start: new Date(ctx.now.getTime() - DAY_MS), end: ctx.now };
      const digest = await buildDigest({ tenant: ctx.tenant, channel, timeZone, window }, deps.stores, deps.sources);
      return digestReply(digest, 'for the last 24 hours');
    },
  };
}
