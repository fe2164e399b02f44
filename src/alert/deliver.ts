// The alert stage: send one alert (or a thread-root status edit) through the channel's platform, exactly once.
// The delivery record is written after the platform accepted the message and before the job is acknowledged.
import type { Alert } from '../domain/alert/alert.js';
import type { ChannelRef, Platform } from '../domain/subscription.js';
import type { ChatTransport } from '../chat/core/transport.js';
import { ChatDeliveryError } from '../chat/core/errors.js';
import type { AlertJob } from '../queue/queues.js';
import type { Stores } from '../store/index.js';
import type { ThreadStore } from './thread-store.js';

export interface DeliverDeps {
  stores: Stores;
  threads: ThreadStore;
  transports: ReadonlyMap<Platform, ChatTransport>;
  now: () => Date;
}

/** How long an alert waits for a concurrent alert to finish creating the thread root. */
const ROOT_WAIT_MS = 500;

export type DeliverOutcome = 'sent' | 'duplicate' | 'skipped' | 'paused' | 'status-updated';

export async function deliver(job: AlertJob, deps: DeliverDeps): Promise<DeliverOutcome> {
  if (job.type === 'status') return updateStatus(job.channel, job.claimId, job.status, deps);
  if (job.type === 'notice') {
    const transport = deps.transports.get(job.channel.platform);
    if (!transport) return 'skipped';
    await transport.send({ channel: job.channel, message: { kind: 'notice', text: job.text } });
    return 'sent';
  }
  const { alert, deliveryKey } = job;
  if (await deps.stores.deliveries.wasDelivered(deliveryKey)) return 'duplicate';
  const sub = await deps.stores.subscriptions.get(alert.subscriptionId);
  if (!sub || sub.paused) return 'skipped';
  const transport = deps.transports.get(alert.channel.platform);
  if (!transport) return 'skipped';
  const root = alert.target.kind === 'claim' ? await deps.threads.root(alert.channel, alert.target.id) : undefined;
  // Alert workers run concurrently: only one alert may become a claim's thread root in a channel. The others
  // wait briefly (a delayed job) and then post into the thread the winner recorded.
  const startsThread = alert.target.kind === 'claim' && !root;
  if (startsThread && !(await deps.threads.claimRoot(alert.channel, alert.target.id))) {
    throw new ChatDeliveryError('chat/rate-limited', 'another alert is starting this thread', ROOT_WAIT_MS);
  }
  try {
    const ref = await transport.send({ channel: alert.channel, message: { kind: 'alert', alert }, ...(root ? { threadOf: root.ref } : {}) });
    await deps.stores.deliveries.record(deliveryKey, ref);
    if (alert.target.kind === 'claim') {
      if (root) await updateStatus(alert.channel, alert.target.id, alert.status, deps);
      else await deps.threads.setRoot(alert.channel, alert.target.id, ref, alert);
    }
    return 'sent';
  } catch (err) {
    if (startsThread) await deps.threads.releaseRoot(alert.channel, alert.target.id);
    if (err instanceof ChatDeliveryError && err.code === 'chat/channel-unavailable') {
      await deps.stores.subscriptions.pause(sub.id, err.message, deps.now());
      return 'paused';
    }
    throw err;
  }
}

/** Rewrites the thread root's status line in place, when it changed. */
async function updateStatus(channel: ChannelRef, claimId: string, status: string | undefined, deps: DeliverDeps): Promise<DeliverOutcome> {
  const root = await deps.threads.root(channel, claimId);
  const transport = deps.transports.get(channel.platform);
  if (!status || !root || !transport || root.alert.status === status) return 'skipped';
  const alert: Alert = { ...root.alert, status };
  await transport.edit(channel, root.ref, { kind: 'alert', alert });
  await deps.threads.setRoot(channel, claimId, root.ref, alert);
  return 'status-updated';
}
