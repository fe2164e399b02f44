// The match stage: judge a new item, extend each matched claim's timeline, and turn what changed into one alert
// job per interested subscription. Alert jobs are enqueued BEFORE the timeline is saved: if the worker dies in
// between, the retry recomputes the same alerts from the unchanged timeline and their job ids/delivery keys
// collapse the duplicates; saving first would lose them.
import { heldForDigest } from '../digest/quiet-hours.js';
import { composeAlert, deliveryKey } from '../domain/alert/compose.js';
import { kindsForEvents, pickKind } from '../domain/alert/decide.js';
import type { Item, Judgement, Source, Stance } from '../domain/model.js';
import { isDeliverable, type Subscription } from '../domain/subscription.js';
import { applyMatch, statusLine } from '../domain/timeline/claim-timeline.js';
import type { AlertJob } from '../queue/queues.js';
import type { Stores } from '../store/index.js';
import type { EngineCache } from './engine-cache.js';

export interface MatchStageDeps {
  stores: Stores;
  engines: EngineCache;
  sourcesById: ReadonlyMap<string, Source>;
  enqueueAlerts: (jobs: AlertJob[]) => Promise<void>;
  now: () => Date;
}

export interface MatchOutcome {
  claimMatches: number;
  /** The stance of each claim match, for the matches-by-stance metric. */
  stances: Stance[];
  actorMentions: number;
  alerts: number;
}

export async function processItem(item: Item, deps: MatchStageDeps): Promise<MatchOutcome> {
  const { stores } = deps;
  const source = deps.sourcesById.get(item.sourceId);
  if (!source) throw new Error(`match/unknown-source: item ${item.id} names source "${item.sourceId}", which is not in config/sources.yaml`);
  // One engine per claims version; its actor list is reused here instead of being re-read for every item.
  const { engine, actorsById } = await deps.engines.current();
  const judgement: Judgement = engine.judge({ ...item, sourceId: item.sourceId });
  await stores.items.put(item, judgement);

  const jobs: AlertJob[] = [];
  const saves: Array<() => Promise<void>> = [];
  const facts = { item, source, judgement, actorsById };

  for (const match of judgement.claims) {
    const claim = await stores.claims.get(match.claimId);
    if (!claim || (await stores.history.hasMatch(claim.id, item.id))) continue;
    const { state, events } = applyMatch(await stores.history.timeline(claim.id), match, item, source);
    const status = statusLine(state, (id) => deps.sourcesById.get(id)?.label);
    const { kinds, notes } = kindsForEvents(events);
    for (const sub of await liveSubscriptions(stores, { kind: 'claim', id: claim.id }, claim.tenant)) {
      const kind = pickKind(kinds, sub.kinds);
      // Quiet hours: the timeline advances and the root's status is edited, but the alert waits for the digest.
      if (kind && isDeliverable(sub, kind, deps.now()) && !(await heldForDigest(stores, sub.channel, kind, deps.now()))) {
        const alert = composeAlert(kind, sub, claim.statement, { ...facts, match, notes, status });
        jobs.push({ type: 'alert', alert, deliveryKey: deliveryKey(sub, item.id) });
      } else {
        jobs.push({ type: 'status', channel: sub.channel, claimId: claim.id, status });
      }
    }
    saves.push(async () => {
      await stores.history.addMatch(claim.id, item.id, item.publishedAt, match);
      await stores.history.saveTimeline(claim.id, state);
    });
  }

  for (const mention of judgement.actors) {
    const actor = actorsById.get(mention.actorId);
    if (!actor) continue;
    for (const sub of await liveSubscriptions(stores, { kind: 'actor', id: actor.id }, actor.tenant)) {
      if (!isDeliverable(sub, 'actor', deps.now()) || (await heldForDigest(stores, sub.channel, 'actor', deps.now()))) continue;
      const alert = composeAlert('actor', sub, actor.name, facts);
      jobs.push({ type: 'alert', alert, deliveryKey: deliveryKey(sub, item.id) });
    }
  }

  await deps.enqueueAlerts(jobs);
  for (const save of saves) await save();
  return { claimMatches: judgement.claims.length, stances: judgement.claims.map((m) => m.stance), actorMentions: judgement.actors.length, alerts: jobs.filter((j) => j.type === 'alert').length };
}

/** Subscriptions of the owning tenant only: a registry actor (no tenant) is followed by any tenant. */
async function liveSubscriptions(stores: Stores, target: Subscription['target'], tenant: string | undefined): Promise<Subscription[]> {
  const subs = await stores.subscriptions.forTarget(target);
  return subs.filter((s) => !s.paused && (tenant === undefined || s.tenant === tenant));
}
