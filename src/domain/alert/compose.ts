// Builds the neutral Alert for one subscription from what the engine and the timeline concluded about an item.
import type { Actor, ClaimMatch, Item, Judgement, Source } from '../model.js';
import type { AlertKind, Subscription } from '../subscription.js';
import type { Alert } from './alert.js';
import { crossLanguageWhy } from './cross-language.js';

export interface AlertFacts {
  item: Item;
  source: Source;
  judgement: Judgement;
  actorsById: ReadonlyMap<string, Actor>;
  /** Present for claim alerts. */
  match?: ClaimMatch;
  notes?: string[];
  status?: string;
}

export function composeAlert(kind: AlertKind, sub: Subscription, targetText: string, facts: AlertFacts): Alert {
  const { item, source, judgement, match } = facts;
  const crossLanguage = match && sub.target.kind === 'claim' ? crossLanguageWhy(targetText, item.language, match.met) : undefined;
  return {
    kind,
    tenant: sub.tenant,
    subscriptionId: sub.id,
    channel: sub.channel,
    target: { kind: sub.target.kind, id: sub.target.id, text: targetText },
    item: { id: item.id, title: item.title, url: item.url, publishedAt: item.publishedAt, ...(item.language ? { language: item.language } : {}) },
    source: {
      id: source.id,
      name: source.name,
      label: source.label,
      ...(source.labelNote ? { labelNote: source.labelNote } : {}),
      basis: source.basis,
      ...(source.citations[0] ? { citation: source.citations[0] } : {}),
    },
    ...(match ? { stance: match.stance } : {}),
    ...(match?.speaker ? { speaker: match.speaker } : {}),
    ...(match?.evidence ? { evidence: match.evidence } : {}),
    ...(crossLanguage ? { crossLanguage } : {}),
    flags: judgement.flags,
    relays: judgement.relays,
    actors: judgement.actors.map((a) => facts.actorsById.get(a.actorId)?.name ?? a.alias),
    notes: facts.notes ?? [],
    ...(facts.status ? { status: facts.status } : {}),
  };
}

/**
 * The exactly-once key of a delivery: a subscription (channel + claim or actor) hears about an item once, under
 * the most important kind that applied when the item was first judged.
 */
export function deliveryKey(sub: Subscription, itemId: string): string {
  return `${sub.id}|${itemId}`;
}
