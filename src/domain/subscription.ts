// Who hears about what: a channel on a platform follows a claim or an actor, for chosen alert kinds.
import { z } from 'zod';

export const PLATFORMS = ['console', 'discord', 'slack'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Denials always matter most; a channel picks the rest. */
export const ALERT_KINDS = ['denial', 'assertion', 'relay', 'first-sighting', 'mention', 'actor'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
export const DEFAULT_CLAIM_KINDS: AlertKind[] = ['first-sighting', 'denial'];

export const ChannelRefSchema = z.object({ platform: z.enum(PLATFORMS), id: z.string().min(1) });
export type ChannelRef = z.infer<typeof ChannelRefSchema>;

export const TargetSchema = z.object({ kind: z.enum(['claim', 'actor']), id: z.string().min(1) });
export type Target = z.infer<typeof TargetSchema>;

export const SubscriptionSchema = z.object({
  id: z.string().min(1),
  tenant: z.string().min(1),
  channel: ChannelRefSchema,
  target: TargetSchema,
  kinds: z.array(z.enum(ALERT_KINDS)).min(1),
  mutedUntil: z.iso.datetime().optional(),
  /** Set when the platform refused the channel (deleted, bot removed): delivery stops until re-followed. */
  paused: z.object({ reason: z.string(), at: z.iso.datetime() }).optional(),
});
export type Subscription = z.infer<typeof SubscriptionSchema>;

export function subscriptionId(channel: ChannelRef, target: Target): string {
  return `${channel.platform}:${channel.id}:${target.kind}:${target.id}`;
}

export function isDeliverable(sub: Subscription, kind: AlertKind, now: Date): boolean {
  if (sub.paused) return false;
  if (sub.mutedUntil && Date.parse(sub.mutedUntil) > now.getTime()) return false;
  return sub.kinds.includes(kind);
}
