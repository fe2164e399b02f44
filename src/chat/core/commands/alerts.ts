// /alerts follow | mute | unmute: which kinds of alert a channel gets for a claim or an actor, and timed snooze.
import { z } from 'zod';
import { DEFAULT_CLAIM_KINDS, subscriptionId, type Subscription, type Target } from '../../../domain/subscription.js';
import { fail, ok } from '../reply.js';
import { alertKinds, duration, id } from './args.js';
import { defineCommand, type CommandContext, type CommandDeps } from './types.js';

/** A claim of this tenant, or an actor this tenant can see, by id. */
async function resolveTarget(targetId: string, ctx: CommandContext, deps: CommandDeps): Promise<{ target: Target; text: string } | undefined> {
  const claim = await deps.stores.claims.getForTenant(ctx.tenant, targetId);
  if (claim) return { target: { kind: 'claim', id: claim.id }, text: claim.statement };
  const actor = await deps.stores.actors.find(ctx.tenant, targetId);
  return actor ? { target: { kind: 'actor', id: actor.id }, text: actor.name } : undefined;
}

const TARGET_OPTION = { name: 'target', type: 'string', required: true, description: 'Claim or actor id', autocomplete: 'target' } as const;

const NOT_FOUND = (t: string) => fail('Nothing to follow', `No claim or actor "${t}" here. See /claim list and /actor list.`);

export const alertsFollow = defineCommand({
  group: 'alerts',
  name: 'follow',
  description: 'Get alerts for a claim or an actor in this channel',
  options: [
    TARGET_OPTION,
    { name: 'kinds', type: 'string', description: 'denial, assertion, relay, first-sighting, mention (comma-separated)' },
  ],
  schema: z.object({ target: id('target'), kinds: alertKinds }),
  async handler(args, ctx, deps) {
    const found = await resolveTarget(args.target, ctx, deps);
    if (!found) return NOT_FOUND(args.target);
    const channel = { platform: ctx.platform, id: ctx.channelId };
    const kinds = found.target.kind === 'actor' ? ['actor' as const] : args.kinds ?? DEFAULT_CLAIM_KINDS;
    const sub: Subscription = { id: subscriptionId(channel, found.target), tenant: ctx.tenant, channel, target: found.target, kinds };
    await deps.stores.subscriptions.put(sub);
    return ok(`This channel follows ${found.target.id}`, [{ heading: found.target.kind === 'claim' ? 'Claim' : 'Actor', lines: [found.text] }, { heading: 'Alert kinds', lines: [kinds.join(', ')] }]);
  },
});

async function ownSubscription(targetId: string, ctx: CommandContext, deps: CommandDeps): Promise<Subscription | undefined> {
  const found = await resolveTarget(targetId, ctx, deps);
  if (!found) return undefined;
  const sub = await deps.stores.subscriptions.get(subscriptionId({ platform: ctx.platform, id: ctx.channelId }, found.target));
  return sub?.tenant === ctx.tenant ? sub : undefined;
}

export const alertsMute = defineCommand({
  group: 'alerts',
  name: 'mute',
  description: "Snooze a claim's or actor's alerts in this channel",
  options: [
    TARGET_OPTION,
    { name: 'duration', type: 'string', description: 'e.g. 30m, 24h, 7d (default 24h)' },
  ],
  schema: z.object({ target: id('target'), duration }),
  async handler(args, ctx, deps) {
    const sub = await ownSubscription(args.target, ctx, deps);
    if (!sub) return fail('Not followed here', `This channel does not follow "${args.target}".`);
    const until = new Date(ctx.now.getTime() + args.duration).toISOString();
    await deps.stores.subscriptions.put({ ...sub, mutedUntil: until });
    return ok(`Muted ${args.target} until ${until}`);
  },
});

export const alertsUnmute = defineCommand({
  group: 'alerts',
  name: 'unmute',
  description: 'Resume alerts (also resumes a channel paused after a delivery failure)',
  options: [TARGET_OPTION],
  schema: z.object({ target: id('target') }),
  async handler(args, ctx, deps) {
    const sub = await ownSubscription(args.target, ctx, deps);
    if (!sub) return fail('Not followed here', `This channel does not follow "${args.target}".`);
    const { mutedUntil: _m, paused: _p, ...rest } = sub;
    await deps.stores.subscriptions.put(rest);
    return ok(`Alerts for ${args.target} resumed`);
  },
});
