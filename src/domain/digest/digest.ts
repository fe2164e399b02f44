// A channel's daily digest, composed from its claims' activity in the last 24 hours. Renderers (console, Discord,
// Slack) draw it; fields marked optional were added after the first renderers and may be ignored by them.
import { z } from 'zod';
import { SOURCE_LABELS } from '../model.js';

/** Who asserted or denied the claim in the window, in which outlet (the first), and where else it was carried. */
export const DigestStanceSchema = z.object({
  speaker: z.string(),
  outlet: z.string(),
  /** The first outlet's ownership label. */
  label: z.enum(SOURCE_LABELS).optional(),
  /** Other outlets that carried the same speaker's stance in the window (one entry per speaker, not per item). */
  alsoIn: z.array(z.string()).optional(),
});

export const DigestClaimSchema = z.object({
  claimId: z.string(),
  statement: z.string(),
  newOutlets: z.array(z.object({ name: z.string(), label: z.enum(SOURCE_LABELS) })),
  denials: z.array(DigestStanceSchema),
  assertions: z.array(DigestStanceSchema),
  weaklySourced: z.array(z.object({ title: z.string(), url: z.string(), flags: z.array(z.string()) })),
  /** Independent outlets carrying the claim at the window's end (copies count once, denials not at all). */
  corroboration: z.number().int(),
  /** The same count at the window's start, so a renderer can show the change ("3, up from 1"). */
  corroborationBefore: z.number().int().optional(),
  /** List entries left out by pageDigest to fit a page; a renderer shows "and N more". */
  omitted: z.number().int().optional(),
});
export const DigestSchema = z.object({
  tenant: z.string(),
  windowStart: z.string(),
  windowEnd: z.string(),
  timeZone: z.string(),
  active: z.array(DigestClaimSchema),
  /** Ids of the claims followed by the channel with no activity in the window (rendered as one line). */
  quiet: z.array(z.string()),
  /** Set by pageDigest when the digest was split: this page's 1-based number and the page count. */
  page: z.object({ number: z.number().int().min(1), of: z.number().int().min(1) }).optional(),
});
export type Digest = z.infer<typeof DigestSchema>;
export type DigestClaim = z.infer<typeof DigestClaimSchema>;
export type DigestStance = z.infer<typeof DigestStanceSchema>;
