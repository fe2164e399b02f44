// Which alert kind a timeline change deserves. One alert per (subscription, item): the most important kind
// the channel asked for, so a first sighting that is also a denial arrives once, as a denial.
import type { TimelineEvent } from '../timeline/claim-timeline.js';
import { ALERT_KINDS, type AlertKind } from '../subscription.js';

export interface KindDecision {
  /** Candidate kinds, most important first. */
  kinds: AlertKind[];
  notes: string[];
}

export function kindsForEvents(events: readonly TimelineEvent[]): KindDecision {
  const kinds = new Set<AlertKind>(['mention']);
  const notes: string[] = [];
  for (const e of events) {
    if (e.kind === 'first-sighting') kinds.add('first-sighting');
    if (e.kind === 'relay') kinds.add('relay');
    if (e.kind === 'copy') notes.push('copy of an earlier report (not independent corroboration)');
    if (e.kind === 'denial' || e.kind === 'assertion') {
      // A second denial by the same speaker updates the thread; it is not a new denial alert.
      if (e.repeat) notes.push(`${e.kind === 'denial' ? 'denied' : 'asserted'} again by ${e.speaker}`);
      else kinds.add(e.kind);
    }
  }
  return { kinds: ALERT_KINDS.filter((k) => kinds.has(k)), notes };
}

/** The first kind in `candidates` (already ordered) that the subscriber wants. */
export function pickKind(candidates: readonly AlertKind[], wanted: readonly AlertKind[]): AlertKind | undefined {
  return candidates.find((k) => wanted.includes(k));
}
