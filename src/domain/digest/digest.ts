// A channel's daily digest, composed from its claims' activity in the last 24 hours.
import { z } from 'zod';
import { SOURCE_LABELS } from '../model.js';

export const DigestClaimSchema = z.object({
  claimId: z.string(),
  statement: z.string(),
  newOutlets: z.array(z.object({ name: z.string(), label: z.enum(SOURCE_LABELS) })),
  denials: z.array(z.object({ speaker: z.string(), outlet: z.string() })),
  assertions: z.array(z.object({ speaker: z.string(), outlet: z.string() })),
  weaklySourced: z.array(z.object({ title: z.string(), url: z.string(), flags: z.array(z.string()) })),
  corroboration: z.number().int(),
});
export const DigestSchema = z.object({
  tenant: z.string(),
  windowStart: z.string(),
  windowEnd: z.string(),
  timeZone: z.string(),
  active: z.array(DigestClaimSchema),
  /** Claims followed by the channel with no activity in the window. */
  quiet: z.array(z.string()),
});
export type Digest = z.infer<typeof DigestSchema>;
export type DigestClaim = z.infer<typeof DigestClaimSchema>;
