// Quiet hours as the match stage sees them: during a channel's quiet hours every alert but a denial is held
// back, and the digest tells the channel what happened.
import { inQuietHours } from '../domain/digest/channel-settings.js';
import type { AlertKind, ChannelRef } from '../domain/subscription.js';
import type { Stores } from '../store/index.js';
import { ChannelSettingsStore } from './channel-settings-store.js';

export async function heldForDigest(stores: Pick<Stores, 'redis' | 'keys'>, channel: ChannelRef, kind: AlertKind, now: Date): Promise<boolean> {
  if (kind === 'denial') return false;
  return inQuietHours(await new ChannelSettingsStore(stores.redis, stores.keys).get(channel), now);
}
