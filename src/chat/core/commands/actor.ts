// /actor add | list
import { z } from 'zod';
import { fail, ok } from '../reply.js';
import { list, slugWords, text } from './args.js';
import { defineCommand } from './types.js';

const MAX_ACTORS_PER_TENANT = 300;

export const actorAdd = defineCommand({
  group: 'actor',
  name: 'add',
  description: 'Add a person, government or force to match, with spelling variants',
  options: [
    { name: 'name', type: 'string', required: true, description: 'Usual name, e.g. Amir Ali Hajizadeh' },
    { name: 'aliases', type: 'string', description: 'Other spellings or scripts, comma-separated' },
  ],
  schema: z.object({ name: text('name', 100), aliases: list('aliases', 20) }),
  async handler(args, ctx, deps) {
    const existing = await deps.stores.actors.listTenant(ctx.tenant);
    if (existing.length >= MAX_ACTORS_PER_TENANT) return fail('Too many actors', `At most ${MAX_ACTORS_PER_TENANT} actors per ${ctx.platform === 'slack' ? 'workspace' : 'server'}.`);
    const key = args.name.toLowerCase();
    const same = existing.find((a) => a.name.toLowerCase() === key || a.aliases.some((x) => x.toLowerCase() === key));
    if (same) return fail('Actor exists', `"${args.name}" is already known as ${same.id} (${same.name}).`);
    const id = `${slugWords(args.name).join('-') || 'actor'}-${deps.newId()}`;
    await deps.stores.actors.put({ id, name: args.name, kind: 'person', aliases: args.aliases, tenant: ctx.tenant });
    return ok(`Added actor ${id}`, [{ heading: 'Matches', lines: [[args.name, ...args.aliases].join(', ')] }, { lines: ['Follow it in a channel with /alerts follow.'] }]);
  },
});

export const actorList = defineCommand({
  group: 'actor',
  name: 'list',
  description: 'List the actors matched in items',
  options: [],
  schema: z.object({}),
  async handler(_args, ctx, deps) {
    const actors = await deps.stores.actors.listTenant(ctx.tenant);
    return ok(`${actors.length} actors`, [{ lines: actors.map((a) => `${a.id}: ${a.name}${a.aliases.length ? ` (${a.aliases.slice(0, 4).join(', ')})` : ''}`) }]);
  },
});
