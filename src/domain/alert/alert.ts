// The platform-neutral alert: everything a channel is told about one item, rendered by each chat adapter
// (console text, Discord embed, Slack blocks). Third-party text (titles, quotes) is carried raw here and
// escaped by the renderer, which alone knows its platform's markup.
import { z } from 'zod';
import { REPORT_FLAGS, RelaySchema, SOURCE_LABELS, STANCES } from '../model.js';
import { ALERT_KINDS, ChannelRefSchema } from '../subscription.js';
import { CrossLanguageSchema } from './cross-language.js';

export const AlertSchema = z.object({
  kind: z.enum(ALERT_KINDS),
  tenant: z.string(),
  subscriptionId: z.string(),
  channel: ChannelRefSchema,
  target: z.object({ kind: z.enum(['claim', 'actor']), id: z.string(), text: z.string() }),
  item: z.object({ id: z.string(), title: z.string(), url: z.string(), publishedAt: z.string(), language: z.string().optional() }),
  source: z.object({
    id: z.string(),
    name: z.string(),
    label: z.enum(SOURCE_LABELS),
    labelNote: z.string().optional(),
    basis: z.string(),
    citation: z.string().optional(),
  }),
  stance: z.enum(STANCES).optional(),
  speaker: z.string().optional(),
  evidence: z.string().optional(),
  /** Present when the claim matched an item in another language: the item's language and the words that met. */
  crossLanguage: CrossLanguageSchema.optional(),
  flags: z.array(z.enum(REPORT_FLAGS)),
  relays: z.array(RelaySchema),
  actors: z.array(z.string()),
  /** Notes from the claim's timeline: "copy of an earlier report", "second denial by the White House". */
  notes: z.array(z.string()).default([]),
  /** The claim's status line, e.g. "reported by 4 outlets (2 state-affiliated) - denied by the White House". */
  status: z.string().optional(),
});
export type Alert = z.infer<typeof AlertSchema>;

/** "IRGC-affiliated (semi-official)" */
export function describeLabel(source: Pick<Alert['source'], 'label' | 'labelNote'>): string {
  return source.labelNote ? `${source.label} (${source.labelNote})` : source.label;
}

/** "relays Tasnim (IRGC-affiliated)", or the bare name when the outlet is not in the registry. */
export function describeRelay(relay: z.infer<typeof RelaySchema>): string {
  return relay.label ? `${relay.name} (${relay.label})` : relay.name;
}

const FLAG_TEXT: Record<(typeof REPORT_FLAGS)[number], string> = {
  'single-sourced': 'single-sourced',
  'anonymous-sources': 'anonymous sources',
  unconfirmed: 'unconfirmed',
};
export function describeFlag(flag: (typeof REPORT_FLAGS)[number]): string {
  return FLAG_TEXT[flag];
}

const HEADLINES: Record<Alert['kind'], string> = {
  denial: 'New denial',
  assertion: 'New assertion',
  relay: 'Relayed by state-affiliated media',
  'first-sighting': 'First sighting',
  mention: 'New mention',
  actor: 'Actor mentioned',
};
export function alertHeadline(alert: Pick<Alert, 'kind' | 'speaker'>): string {
  const who = alert.speaker && (alert.kind === 'denial' || alert.kind === 'assertion') ? ` by ${alert.speaker}` : '';
  return `${HEADLINES[alert.kind]}${who}`;
}
