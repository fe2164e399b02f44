// The command registry and the one entry point adapters call: validate, check permission, run.
import { fail, type Reply } from '../reply.js';
import { actorAdd, actorList } from './actor.js';
import { alertsFollow, alertsMute, alertsUnmute } from './alerts.js';
import { claimList, claimShow, claimTrack, claimUntrack } from './claim.js';
import { digestNow, digestOff, digestQuiet, digestSet } from './digest.js';
import { feedAdd, feedList, feedRemove, feedRetry } from './feed.js';
import { sourceList, sourceShow } from './source.js';
import type { CommandContext, CommandDeps, CommandSpec, OptionSpec } from './types.js';

export const COMMANDS: readonly CommandSpec[] = [
  claimTrack, claimList, claimShow, claimUntrack,
  actorAdd, actorList,
  sourceList, sourceShow,
  feedAdd, feedList, feedRemove, feedRetry,
  alertsFollow, alertsMute, alertsUnmute,
  digestSet, digestOff, digestNow, digestQuiet,
];

export const GROUP_DESCRIPTIONS: Record<string, string> = {
  claim: 'Track contested claims',
  actor: 'People, governments and forces to match',
  source: 'Outlets and their ownership labels',
  feed: 'Feeds the bot polls',
  alerts: "What this channel is told",
  digest: "This channel's daily digest",
};

export function findCommand(group: string, name: string, commands: readonly CommandSpec[] = COMMANDS): CommandSpec | undefined {
  return commands.find((c) => c.group === group && c.name === name);
}

/** Runs a command from raw adapter input; every failure becomes a reply the user can act on. */
export async function runCommand(
  group: string,
  name: string,
  raw: Record<string, unknown>,
  ctx: CommandContext,
  deps: CommandDeps,
  commands: readonly CommandSpec[] = COMMANDS,
): Promise<Reply> {
  const spec = findCommand(group, name, commands);
  if (!spec) return fail('Unknown command', `There is no "${group} ${name}". Try help.`);
  if (spec.adminOnly && !ctx.isAdmin) return fail('Not allowed', `"${group} ${name}" needs ${ctx.platform === 'discord' ? 'the Manage Server permission' : 'a workspace admin'}.`);
  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success) {
    return fail(`Cannot run ${group} ${name}`, ...parsed.error.issues.map((i) => i.message), `Usage: ${usage(spec)}`);
  }
  return spec.handler(parsed.data, ctx, deps);
}

export function usage(spec: CommandSpec): string {
  const opt = (o: OptionSpec) => (o.required ? `<${o.name}>` : `[${o.name}]`);
  return [spec.group, spec.name, ...spec.options.map(opt)].join(' ');
}

/** Values offered while the user types an option with `autocomplete`. */
export async function suggest(kind: NonNullable<OptionSpec['autocomplete']>, prefix: string, ctx: CommandContext, deps: CommandDeps): Promise<Array<{ name: string; value: string }>> {
  const p = prefix.toLowerCase();
  const pairs: Array<{ name: string; value: string }> = [];
  if (kind === 'claim' || kind === 'target') for (const c of await deps.stores.claims.listTenant(ctx.tenant)) pairs.push({ name: `${c.id}: ${c.statement}`, value: c.id });
  if (kind === 'actor' || kind === 'target') for (const a of await deps.stores.actors.listTenant(ctx.tenant)) pairs.push({ name: `${a.id}: ${a.name}`, value: a.id });
  if (kind === 'source') for (const s of deps.sources) pairs.push({ name: `${s.id}: ${s.name}`, value: s.id });
  if (kind === 'feed') for (const f of await deps.stores.feeds.all()) if (!f.tenant || f.tenant === ctx.tenant) pairs.push({ name: `${f.id}: ${f.url}`, value: f.id });
  return pairs.filter((x) => x.name.toLowerCase().includes(p)).slice(0, 25).map((x) => ({ name: x.name.slice(0, 100), value: x.value.slice(0, 100) }));
}
