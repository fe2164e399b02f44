// The domain's nouns. Schemas double as the validation of every stored payload (store/ parses with them on
// read) and as the types the rest of the code uses, so there is one definition of each shape.
import { z } from 'zod';

/** Where an item stands towards a claim. Labels describe the text, never whether the claim is true. */
export const STANCES = ['asserts', 'denies', 'reports', 'unrelated'] as const;
export type Stance = (typeof STANCES)[number];

/** Labels an alert calls "state-affiliated" (relay alerts, corroboration breakdowns). */
const STATE_AFFILIATED = [
  'state-owned',
  'state-controlled',
  'IRGC-affiliated',
  'semi-official',
  'government-funded international broadcaster',
  'state-funded broadcaster',
] as const;

/** Ownership/affiliation vocabulary for outlets (config/sources.yaml). Describes control, never truth. */
export const SOURCE_LABELS = [
  ...STATE_AFFILIATED,
  'public broadcaster',
  'opposition/diaspora',
  'party-affiliated',
  'militia-affiliated',
  'private',
  'wire service',
  'unresolved',
] as const;
export type SourceLabel = (typeof SOURCE_LABELS)[number];

export const STATE_AFFILIATED_LABELS: ReadonlySet<SourceLabel> = new Set<SourceLabel>(STATE_AFFILIATED);

export const REPORT_FLAGS = ['single-sourced', 'anonymous-sources', 'unconfirmed'] as const;
export type ReportFlag = (typeof REPORT_FLAGS)[number];

const id = z.string().min(1).max(200);
const isoTime = z.iso.datetime({ offset: true });

export const FeedRefSchema = z.object({
  url: z.url(),
  language: z.string().min(2).max(8),
  pollSeconds: z.number().int().min(30).max(86_400).default(300),
});
export type FeedRef = z.infer<typeof FeedRefSchema>;

export const SourceSchema = z.object({
  id,
  name: z.string().min(1),
  /** Other names the outlet is cited by in text ("Tasnim", "تسنیم"), used to resolve relays. */
  aliases: z.array(z.string().min(1)).default([]),
  domains: z.array(z.string().min(3)).min(1),
  country: z.string().min(2),
  languages: z.array(z.string().min(2)).min(1),
  label: z.enum(SOURCE_LABELS),
  /** Extra qualifier shown beside the label, e.g. "reported Saudi funding". */
  labelNote: z.string().optional(),
  basis: z.string().min(10),
  citations: z.array(z.url()).min(1),
  confidence: z.enum(['high', 'medium', 'low']),
  feeds: z.array(FeedRefSchema).default([]),
});
export type Source = z.infer<typeof SourceSchema>;

export const ACTOR_KINDS = ['person', 'government', 'force', 'organisation', 'group'] as const;
export const ActorSchema = z.object({
  id,
  name: z.string().min(1),
  kind: z.enum(ACTOR_KINDS),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().optional(),
  /** Absent for the shared registry (config/actors.yaml); set for actors a tenant added. */
  tenant: z.string().optional(),
});
export type Actor = z.infer<typeof ActorSchema>;

export const ClaimSchema = z.object({
  id,
  tenant: z.string().min(1),
  statement: z.string().min(3).max(500),
  /** Terms that must all appear (after normalisation). */
  required: z.array(z.string()).default([]),
  /** Extra terms that add evidence. */
  keywords: z.array(z.string()).default([]),
  /** Terms that veto a match. */
  excluded: z.array(z.string()).default([]),
  actorIds: z.array(z.string()).default([]),
  createdAt: isoTime,
  createdBy: z.string().optional(),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const ItemSchema = z.object({
  /** Stable id: hash of the feed's guid, or of the canonical link. */
  id,
  feedId: id,
  sourceId: id,
  url: z.string(),
  title: z.string(),
  summary: z.string(),
  publishedAt: isoTime,
  seenAt: isoTime,
  language: z.string().optional(),
});
export type Item = z.infer<typeof ItemSchema>;

export const RelaySchema = z.object({
  /** The name as written in the item ("Tasnim", "ILNA"). */
  name: z.string(),
  sourceId: z.string().optional(),
  label: z.enum(SOURCE_LABELS).optional(),
});
export type Relay = z.infer<typeof RelaySchema>;

/** A claim word and the item word it met, each as its text wrote it ("ceasefire", "آتش‌بس"). */
export const TermPairSchema = z.object({ claim: z.string(), item: z.string() });
export type TermPair = z.infer<typeof TermPairSchema>;

export const ClaimMatchSchema = z.object({
  claimId: id,
  score: z.number(),
  terms: z.array(z.string()),
  stance: z.enum(STANCES),
  confidence: z.number().min(0).max(1),
  /** Who asserts or denies, when the text names them ("White House"). */
  speaker: z.string().optional(),
  /** The sentence that carries the stance (quoted in denial alerts). */
  evidence: z.string().optional(),
  /** Which claim word met which item word, in claim order: why it matched, for a reader of either language. */
  met: z.array(TermPairSchema).optional(),
});
export type ClaimMatch = z.infer<typeof ClaimMatchSchema>;

export const ActorMentionSchema = z.object({ actorId: id, alias: z.string() });
export type ActorMention = z.infer<typeof ActorMentionSchema>;

/** Everything the engine concluded about one item. */
export const JudgementSchema = z.object({
  itemId: id,
  claims: z.array(ClaimMatchSchema),
  actors: z.array(ActorMentionSchema),
  flags: z.array(z.enum(REPORT_FLAGS)),
  relays: z.array(RelaySchema),
});
export type Judgement = z.infer<typeof JudgementSchema>;
