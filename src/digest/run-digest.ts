// The digest stage: compose a channel's digest for the window its scheduled occurrence closes and send it once.
// Exactly once per (channel, local date): a short "sending" lease keeps two workers that hold duplicate jobs
// from sending together, and the delivery record, written after the platform accepted the message, makes any
// later retry or duplicate a no-op.
import type { ChatTransport } from '../chat/core/transport.js';
import { digestTime } from '../domain/digest/channel-settings.js';
import { digestWindow, localDate, occurrenceNear } from '../domain/digest/clock.js';
import type { Source } from '../domain/model.js';
import type { ChannelRef, Platform } from '../domain/subscription.js';
import type { DigestJob } from '../queue/queues.js';
import type { Stores } from '../store/index.js';
import { buildDigest } from './build-digest.js';
import { ChannelSettingsStore } from './channel-settings-store.js';

const LEASE_MS = 120_000;
const PREVIEW_WINDOW_MS = 24 * 3_600_000;

export interface DigestStageDeps {
  stores: Stores;
  sources: readonly Source[];
  transports: ReadonlyMap<Platform, ChatTransport>;
  now: () => Date;
}

export type DigestOutcome = 'sent' | 'empty' | 'duplicate' | 'off' | 'skipped';

/** Another worker is sending this digest right now; the job retries later and then finds the delivery record. */
export class DigestInProgressError extends Error {
  readonly code = 'digest/in-progress';
  constructor(key: string) {
    super(`digest/in-progress: ${key} is being sent by another worker`);
    this.name = 'DigestInProgressError';
  }
}

export function digestDeliveryKey(channel: ChannelRef, date: string): string {
  return `digest|${channel.platform}:${channel.id}|${date}`;
}

export async function runDigest(job: DigestJob, deps: DigestStageDeps): Promise<DigestOutcome> {
  const { stores } = deps;
  const now = deps.now();
  const settings = await new ChannelSettingsStore(stores.redis, stores.keys).get(job.channel);
  const transport = deps.transports.get(job.channel.platform);
  if (!transport) return 'skipped';
  if (job.preview) {
    const timeZone = settings?.timeZone ?? 'UTC';
    const digest = await buildDigest({ ...job, timeZone, window: { start: new Date(now.getTime() - PREVIEW_WINDOW_MS), end: now } }, stores, deps.sources);
    if (!digest) return 'empty';
    await transport.send({ channel: job.channel, message: { kind: 'digest', digest } });
    return 'sent';
  }
  const time = settings && digestTime(settings);
  if (!settings || !time) return 'off';
  const end = occurrenceNear(now, time, settings.timeZone);
  const key = digestDeliveryKey(job.channel, localDate(end, settings.timeZone));
  if (await stores.deliveries.wasDelivered(key)) return 'duplicate';
  const lease = `${stores.keys.channel(`${job.channel.platform}:${job.channel.id}`)}:sending:${localDate(end, settings.timeZone)}`;
  if ((await stores.redis.set(lease, '1', 'PX', LEASE_MS, 'NX')) !== 'OK') throw new DigestInProgressError(key);
  try {
    if (await stores.deliveries.wasDelivered(key)) return 'duplicate';
    const digest = await buildDigest({ tenant: job.tenant, channel: job.channel, timeZone: settings.timeZone, window: digestWindow(end, time, settings.timeZone) }, stores, deps.sources);
    if (!digest) return 'empty';
    const ref = await transport.send({ channel: job.channel, message: { kind: 'digest', digest } });
    await stores.deliveries.record(key, ref);
    return 'sent';
  } finally {
    await stores.redis.del(lease);
  }
}
