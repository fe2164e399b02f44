// /source list | show: the outlet registry with each label's basis and citation.
import { z } from 'zod';
import { describeLabel } from '../../../domain/alert/alert.js';
import { SOURCE_LABELS } from '../../../domain/model.js';
import { fail, ok } from '../reply.js';
import { id } from './args.js';
import { defineCommand } from './types.js';

export const sourceList = defineCommand({
  group: 'source',
  name: 'list',
  description: 'Outlets and their ownership labels',
  options: [{ name: 'label', type: 'string', description: 'Only outlets with this label', choices: SOURCE_LABELS }],
  schema: z.object({ label: z.enum(SOURCE_LABELS, { error: `label is one of: ${SOURCE_LABELS.join(', ')}` }).optional() }),
  async handler(args, _ctx, deps) {
    const sources = deps.sources.filter((s) => !args.label || s.label === args.label);
    if (sources.length === 0) return ok('No outlets with that label');
    return ok(`${sources.length} outlets`, [{ lines: sources.map((s) => `${s.id}: ${s.name} - ${describeLabel(s)}`) }]);
  },
});

export const sourceShow = defineCommand({
  group: 'source',
  name: 'show',
  description: "An outlet's label, basis, citations and feeds",
  options: [{ name: 'id', type: 'string', required: true, description: 'Outlet id', autocomplete: 'source' }],
  schema: z.object({ id: id('outlet id') }),
  async handler(args, _ctx, deps) {
    const s = deps.sources.find((x) => x.id === args.id);
    if (!s) return fail('No such outlet', `No outlet "${args.id}". See /source list.`);
    return ok(s.name, [
      { heading: 'Label', lines: [`${describeLabel(s)} (confidence: ${s.confidence})`] },
      { heading: 'Basis', lines: [s.basis] },
      { heading: 'Citations', lines: s.citations },
      { heading: 'Feeds', lines: s.feeds.length ? s.feeds.map((f) => `${f.url} (${f.language})`) : ['none known'] },
    ]);
  },
});
