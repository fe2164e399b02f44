// /claim track | list | show | untrack
import { z } from 'zod';
import { deriveClaimQuery } from '../../../domain/match/index.js';
import type { Claim } from '../../../domain/model.js';
import { DEFAULT_CLAIM_KINDS, subscriptionId, type Subscription } from '../../../domain/subscription.js';
import { describeLabel } from '../../../domain/alert/alert.js';
import { fail, ok } from '../reply.js';
import { id, list, slugWords, text } from './args.js';
import { defineCommand, type CommandContext, type CommandDeps } from './types.js';

const MAX_CLAIMS_PER_TENANT = 500;
const CLAIM_ID_OPTION = { name: 'id', type: 'string', required: true, description: 'Claim id', autocomplete: 'claim' } as const;
const noSuchClaim = (claimId: string) => fail('No such claim', `No claim "${claimId}" here. See /claim list.`);

function slug(statement: string): string {
  return slugWords(statement).filter((w) => w.length > 2).slice(0, 4).join('-');
}

/** Creates a claim and subscribes a channel to it; shared by /claim track and the console seeding. */
export async function trackClaim(
  input: { statement: string; keywords: string[]; required?: string[]; excluded?: string[]; actorIds: string[]; id?: string; channelId: string },
  ctx: CommandContext,
  deps: CommandDeps,
): Promise<{ claim: Claim; subscription: Subscription; derived: string[] }> {
  const derived = deriveClaimQuery(input.statement);
  const claim: Claim = {
    id: input.id ?? [slug(input.statement) || 'claim', deps.newId()].join('-'),
    tenant: ctx.tenant,
    statement: input.statement,
    required: input.required ?? derived.required,
    keywords: [...new Set([...derived.keywords, ...input.keywords])],
    excluded: input.excluded ?? [],
    actorIds: input.actorIds,
    createdAt: ctx.now.toISOString(),
    createdBy: ctx.userId,
  };
  await deps.stores.claims.put(claim);
  const channel = { platform: ctx.platform, id: input.channelId };
  const target = { kind: 'claim' as const, id: claim.id };
  const subscription: Subscription = { id: subscriptionId(channel, target), tenant: ctx.tenant, channel, target, kinds: DEFAULT_CLAIM_KINDS };
  await deps.stores.subscriptions.put(subscription);
  return { claim, subscription, derived: [...claim.required.map((t) => `+${t}`), ...claim.keywords] };
}

async function resolveActors(names: string[], ctx: CommandContext, deps: CommandDeps): Promise<{ ids: string[]; unknown: string[] }> {
  const actors = await deps.stores.actors.listTenant(ctx.tenant);
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const n of names) {
    const key = n.toLowerCase();
    const found = actors.find((a) => a.id === n || a.name.toLowerCase() === key || a.aliases.some((x) => x.toLowerCase() === key));
    if (found) ids.push(found.id);
    else unknown.push(n);
  }
  return { ids, unknown };
}

export const claimTrack = defineCommand({
  group: 'claim',
  name: 'track',
  description: 'Track a claim and get its alerts in a channel',
  options: [
    { name: 'statement', type: 'string', required: true, description: 'The claim in plain words' },
    { name: 'keywords', type: 'string', description: 'Extra terms, comma-separated' },
    { name: 'actors', type: 'string', description: 'Actors involved (ids or names), comma-separated', autocomplete: 'actor' },
    { name: 'channel', type: 'channel', description: 'Channel for alerts (default: this one)' },
  ],
  schema: z.object({ statement: text('statement', 500).pipe(z.string().min(3, 'statement is too short: write the claim in plain words')), keywords: list('keywords', 20), actors: list('actors', 10), channel: z.string().optional() }),
  async handler(args, ctx, deps) {
    if ((await deps.stores.claims.listTenant(ctx.tenant)).length >= MAX_CLAIMS_PER_TENANT) {
      return fail('Too many claims', `This ${ctx.platform === 'slack' ? 'workspace' : 'server'} tracks ${MAX_CLAIMS_PER_TENANT} claims; untrack some first.`);
    }
    const { ids, unknown } = await resolveActors(args.actors, ctx, deps);
    if (unknown.length) return fail('Unknown actor', `No actor named ${unknown.join(', ')}. See /actor list, or add one with /actor add.`);
    const channelId = args.channel ?? ctx.channelId;
    let tracked: Awaited<ReturnType<typeof trackClaim>>;
    try {
      tracked = await trackClaim({ statement: args.statement, keywords: args.keywords, actorIds: ids, channelId }, ctx, deps);
    } catch (err) {
      // A statement of only stopwords, mentions or symbols gives the matcher nothing to look for.
      if ((err as { code?: unknown }).code !== 'match/no-usable-terms') throw err;
      return fail('Claim not accepted', 'The statement has no words to match on; write the claim in plain words.');
    }
    const { claim, derived } = tracked;
    return ok(`Tracking claim ${claim.id}`, [
      { heading: 'Statement', lines: [claim.statement] },
      { heading: 'Matching on these terms (add more with keywords)', lines: [derived.join(', ') || '(none: add keywords)'] },
      { heading: 'Alerts go to', lines: [`channel ${channelId}: first sightings and denials (change with /alerts follow)`] },
    ]);
  },
});

export const claimList = defineCommand({
  group: 'claim',
  name: 'list',
  description: 'List the claims tracked here',
  options: [],
  schema: z.object({}),
  async handler(_args, ctx, deps) {
    const claims = await deps.stores.claims.listTenant(ctx.tenant);
    if (claims.length === 0) return ok('No claims tracked yet', [{ lines: ['Start with /claim track.'] }]);
    return ok(`${claims.length} tracked claim${claims.length === 1 ? '' : 's'}`, [{ lines: claims.map((c) => `${c.id}: ${c.statement}`) }]);
  },
});

export const claimShow = defineCommand({
  group: 'claim',
  name: 'show',
  description: "A claim's status, latest mentions, denials and outlets",
  options: [CLAIM_ID_OPTION],
  schema: z.object({ id: id('claim id') }),
  async handler(args, ctx, deps) {
    const claim = await deps.stores.claims.getForTenant(ctx.tenant, args.id);
    if (!claim) return noSuchClaim(args.id);
    const [timeline, latest] = await Promise.all([deps.stores.history.timeline(claim.id), deps.stores.history.latest(claim.id, 5)]);
    const items = await deps.stores.items.many(latest.map((m) => m.itemId));
    const sourceById = new Map(deps.sources.map((s) => [s.id, s]));
    const outlets = [...new Set(timeline.reports.flatMap((r) => r.sourceIds))].map((sid) => {
      const s = sourceById.get(sid);
      return s ? `${s.name}: ${describeLabel(s)}` : sid;
    });
    return ok(`Claim ${claim.id}`, [
      { heading: 'Statement', lines: [claim.statement] },
      { heading: 'Status', lines: [timeline.firstSeenAt ? `first seen ${timeline.firstSeenAt}; ${timeline.reports.length} independent report(s)` : 'not seen yet'] },
      { heading: 'Latest mentions', lines: items.length ? items.map(({ item }, i) => `${latest[i]?.match.stance ?? ''}: ${item.title} (${item.url})`) : ['none'] },
      { heading: 'Denials', lines: timeline.denials.length ? timeline.denials.map((d) => `${d.speaker} (${sourceById.get(d.sourceId)?.name ?? d.sourceId}, ${d.at})`) : ['none'] },
      { heading: 'Outlets', lines: outlets.length ? outlets : ['none'] },
    ]);
  },
});

export const claimUntrack = defineCommand({
  group: 'claim',
  name: 'untrack',
  description: 'Stop tracking a claim (removes its channel subscriptions)',
  options: [CLAIM_ID_OPTION],
  schema: z.object({ id: id('claim id') }),
  async handler(args, ctx, deps) {
    if (!(await deps.stores.claims.remove(ctx.tenant, args.id))) return noSuchClaim(args.id);
    for (const sub of await deps.stores.subscriptions.forTarget({ kind: 'claim', id: args.id })) {
      if (sub.tenant === ctx.tenant) await deps.stores.subscriptions.remove(sub);
    }
    return ok(`Stopped tracking ${args.id}`);
  },
});
