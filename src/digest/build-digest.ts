// Loads what a channel's digest is made of (the claims it follows, their matches, the items and their flags)
// and hands it to the pure composer.
import { composeDigest, type ClaimRecords } from '../domain/digest/compose.js';
import type { Digest } from '../domain/digest/digest.js';
import type { Source } from '../domain/model.js';
import type { ChannelRef } from '../domain/subscription.js';
import type { Stores } from '../store/index.js';

/** Matches older than this are not replayed: items are kept 60 days, so older ones could not be read anyway. */
const HISTORY_MS = 60 * 24 * 3_600_000;

export interface DigestRequest {
  tenant: string;
  channel: ChannelRef;
  window: { start: Date; end: Date };
  timeZone: string;
}

export async function buildDigest(req: DigestRequest, stores: Stores, sources: readonly Source[]): Promise<Digest | undefined> {
  const subs = await stores.subscriptions.listTenant(req.tenant);
  const claimIds = subs
    .filter((s) => s.target.kind === 'claim' && !s.paused && s.channel.platform === req.channel.platform && s.channel.id === req.channel.id)
    .map((s) => s.target.id)
    .sort();
  const claims: ClaimRecords[] = [];
  for (const id of claimIds) {
    const claim = await stores.claims.getForTenant(req.tenant, id);
    if (!claim) continue;
    const matches = await stores.history.matchesBetween(id, new Date(req.window.end.getTime() - HISTORY_MS), req.window.end);
    const stored = new Map((await stores.items.many(matches.map((m) => m.itemId))).map((s) => [s.item.id, s]));
    const records = matches.flatMap(({ itemId, match }) => {
      const s = stored.get(itemId);
      return s ? [{ item: s.item, match, flags: s.judgement?.flags ?? [] }] : [];
    });
    claims.push({ claim, records });
  }
  return composeDigest({ tenant: req.tenant, timeZone: req.timeZone, window: req.window, claims, sourcesById: new Map(sources.map((s) => [s.id, s])) });
}
