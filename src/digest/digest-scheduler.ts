// One BullMQ job scheduler per channel with a digest. BullMQ keeps schedulers in Redis and creates each
// occurrence's job once, so several digest workers still send one digest; cron-parser applies the zone's DST.
import type { Queue } from 'bullmq';
import { dailyCronPattern, type ClockTime } from '../domain/digest/clock.js';
import type { ChannelRef } from '../domain/subscription.js';
import type { DigestJob } from '../queue/queues.js';

export function digestSchedulerId(channel: ChannelRef): string {
  return `digest:${channel.platform}:${channel.id}`;
}

export async function scheduleDigest(queue: Queue<DigestJob>, tenant: string, channel: ChannelRef, time: ClockTime, timeZone: string): Promise<void> {
  await queue.upsertJobScheduler(
    digestSchedulerId(channel),
    { pattern: dailyCronPattern(time), tz: timeZone },
    { name: 'digest', data: { tenant, channel, preview: false } },
  );
}

export async function unscheduleDigest(queue: Queue<DigestJob>, channel: ChannelRef): Promise<void> {
  await queue.removeJobScheduler(digestSchedulerId(channel));
}
