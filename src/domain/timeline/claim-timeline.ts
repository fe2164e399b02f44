// A claim's story so far, and what a new match adds to it. Pure: the match stage loads the state, applies a
// match, stores the next state and turns the events into alerts.
import { z } from 'zod';
import { STANCES, STATE_AFFILIATED_LABELS, type ClaimMatch, type Item, type Source } from '../model.js';
import { isNearDuplicate, normalizeForFingerprint } from './fingerprint.js';

export const TimelineStateSchema = z.object({
  firstSeenAt: z.string().optional(),
  /**
   * One entry per independent report; copies of a report (same text elsewhere) only add outlets to it. The first
   * outlet is the one that published the report; `stance` is absent on states stored before it was recorded.
   */
  reports: z
    .array(z.object({ fingerprint: z.string(), itemId: z.string(), sourceIds: z.array(z.string()), stance: z.enum(STANCES).optional() }))
    .default([]),
  denials: z.array(z.object({ speaker: z.string(), itemId: z.string(), sourceId: z.string(), at: z.string() })).default([]),
  assertions: z.array(z.object({ speaker: z.string(), itemId: z.string(), sourceId: z.string(), at: z.string() })).default([]),
});
export type TimelineState = z.infer<typeof TimelineStateSchema>;

export const EMPTY_TIMELINE: TimelineState = { reports: [], denials: [], assertions: [] };

export type TimelineEvent =
  | { kind: 'first-sighting' }
  | { kind: 'new-outlet' }
  | { kind: 'copy'; ofItemId: string }
  | { kind: 'relay'; relayedBy: string }
  | { kind: 'assertion'; speaker: string; repeat: boolean }
  | { kind: 'denial'; speaker: string; repeat: boolean };

const UNKNOWN_SPEAKER = 'unnamed';

export function applyMatch(
  state: TimelineState,
  match: ClaimMatch,
  item: Item,
  source: Pick<Source, 'id' | 'label'>,
): { state: TimelineState; events: TimelineEvent[] } {
  const events: TimelineEvent[] = [];
  const next: TimelineState = {
    ...state,
    reports: state.reports.map((r) => ({ ...r, sourceIds: [...r.sourceIds] })),
    denials: [...state.denials],
    assertions: [...state.assertions],
  };
  if (!next.firstSeenAt) {
    next.firstSeenAt = item.publishedAt;
    events.push({ kind: 'first-sighting' });
  }
  const fingerprint = normalizeForFingerprint(`${item.title} ${item.summary}`);
  const copyOf = next.reports.find((r) => isNearDuplicate(r.fingerprint, fingerprint));
  const knownOutlet = next.reports.some((r) => r.sourceIds.includes(source.id));
  if (copyOf) {
    if (!copyOf.sourceIds.includes(source.id)) copyOf.sourceIds.push(source.id);
    if (copyOf.itemId !== item.id) events.push({ kind: 'copy', ofItemId: copyOf.itemId });
  } else {
    next.reports.push({ fingerprint, itemId: item.id, sourceIds: [source.id], stance: match.stance });
    if (!knownOutlet && events.length === 0) events.push({ kind: 'new-outlet' });
  }
  if (STATE_AFFILIATED_LABELS.has(source.label) && !knownOutlet && state.firstSeenAt) {
    events.push({ kind: 'relay', relayedBy: source.id });
  }
  const speaker = match.speaker ?? UNKNOWN_SPEAKER;
  const entry = { speaker, itemId: item.id, sourceId: source.id, at: item.publishedAt };
  if (match.stance === 'denies') {
    const repeat = next.denials.some((d) => sameSpeaker(d.speaker, speaker));
    next.denials.push(entry);
    events.push({ kind: 'denial', speaker, repeat });
  } else if (match.stance === 'asserts') {
    const repeat = next.assertions.some((d) => sameSpeaker(d.speaker, speaker));
    next.assertions.push(entry);
    events.push({ kind: 'assertion', speaker, repeat });
  }
  return { state: next, events };
}

function sameSpeaker(a: string, b: string): boolean {
  return speakerKey(a) === speakerKey(b);
}

/** "The White House." and "white house" are one speaker: case, punctuation and a leading article are ignored. */
export function speakerKey(speaker: string): string {
  return normalizeForFingerprint(speaker).replace(/^the /, '');
}

/**
 * Speakers in order of first appearance, each once under its first spelling, with the number of outlets that
 * carried them when more than one: a repeat denial elsewhere changes the line ("White House (2 outlets)").
 */
function distinctSpeakers(entries: ReadonlyArray<{ speaker: string; sourceId: string }>): string[] {
  const byKey = new Map<string, { name: string; outlets: Set<string> }>();
  for (const e of entries) {
    const key = speakerKey(e.speaker);
    const entry = byKey.get(key) ?? { name: e.speaker, outlets: new Set<string>() };
    entry.outlets.add(e.sourceId);
    byKey.set(key, entry);
  }
  return [...byKey.values()].map((s) => (s.outlets.size > 1 ? `${s.name} (${s.outlets.size} outlets)` : s.name));
}

/**
 * Corroboration: the outlets that published a report of their own carrying the claim. Copies of one text count
 * once (for the outlet that published it), several reports by one outlet count once, and a report that denies
 * the claim is not corroboration of it.
 */
export function corroboration(state: TimelineState): number {
  return new Set(state.reports.filter((r) => r.stance !== 'denies').map((r) => r.sourceIds[0])).size;
}

/** "reported by 4 outlets (2 state-affiliated) - denied by the White House" */
export function statusLine(state: TimelineState, labelOf: (sourceId: string) => Source['label'] | undefined): string {
  const outlets = new Set(state.reports.flatMap((r) => r.sourceIds));
  const stateAffiliated = [...outlets].filter((id) => {
    const label = labelOf(id);
    return label !== undefined && STATE_AFFILIATED_LABELS.has(label);
  }).length;
  const corroborating = corroboration(state);
  const parts = [
    `reported by ${outlets.size} outlet${outlets.size === 1 ? '' : 's'}${stateAffiliated ? ` (${stateAffiliated} state-affiliated)` : ''}`,
    `${corroborating} independent report${corroborating === 1 ? '' : 's'}`,
  ];
  const deniers = distinctSpeakers(state.denials);
  if (deniers.length) parts.push(`denied by ${deniers.join(', ')}`);
  const asserters = distinctSpeakers(state.assertions);
  if (asserters.length) parts.push(`asserted by ${asserters.join(', ')}`);
  return parts.join(' - ');
}
