// /feed add | list | remove | retry. Adding and removing feeds is for admins (Manage Server / workspace admin).
import { z } from 'zod';
import type { Feed } from '../../../domain/feeds.js';
import { fail, ok } from '../reply.js';
import { id, text } from './args.js';
import { defineCommand } from './types.js';

const MAX_FEEDS_PER_TENANT = 100;
const FEED_ID_OPTION = { name: 'id', type: 'string', required: true, description: 'Feed id', autocomplete: 'feed' } as const;

export const feedAdd = defineCommand({
  group: 'feed',
  name: 'add',
  description: 'Poll another feed (checked before it is accepted)',
  adminOnly: true,
  options: [
    { name: 'url', type: 'string', required: true, description: 'RSS or Atom URL (http or https)' },
    { name: 'source', type: 'string', required: true, description: 'Outlet id it belongs to', autocomplete: 'source' },
  ],
  schema: z.object({ url: text('url', 2_000).pipe(z.url({ protocol: /^https?$/, error: 'url must be an http(s) URL' })), source: id('outlet id') }),
  async handler(args, ctx, deps) {
    const source = deps.sources.find((s) => s.id === args.source);
    if (!source) return fail('Unknown outlet', `No outlet "${args.source}". See /source list; outlets are added in config/sources.yaml.`);
    const all = await deps.stores.feeds.all();
    if (all.some((f) => f.url === args.url)) return fail('Feed exists', 'That URL is already polled.');
    if (all.filter((f) => f.tenant === ctx.tenant).length >= MAX_FEEDS_PER_TENANT) return fail('Too many feeds', `At most ${MAX_FEEDS_PER_TENANT} feeds per tenant.`);
    let checked: { title: string; items: number };
    try {
      checked = await deps.feeds.check(args.url);
    } catch (err) {
      return fail('Feed not accepted', (err as Error).message);
    }
    const feed: Feed = { id: `${source.id}-${deps.newId()}`, sourceId: source.id, url: args.url, language: source.languages[0] ?? 'en', pollSeconds: 300, tenant: ctx.tenant };
    await deps.stores.feeds.put(feed);
    await deps.feeds.schedule(feed);
    return ok(`Added feed ${feed.id}`, [{ lines: [`"${checked.title}" with ${checked.items} items; polled every 5 minutes. Items already in it are not alerted.`] }]);
  },
});

export const feedList = defineCommand({
  group: 'feed',
  name: 'list',
  description: 'Feeds polled, with their health',
  options: [],
  schema: z.object({}),
  async handler(_args, ctx, deps) {
    const feeds = (await deps.stores.feeds.all()).filter((f) => !f.tenant || f.tenant === ctx.tenant);
    const lines = await Promise.all(
      feeds.map(async (f) => {
        const st = await deps.stores.feeds.state(f.id);
        const health = st.disabled ? `DISABLED (${st.disabled.reason})` : st.lastError && st.failures ? `failing x${st.failures}: ${st.lastError.code}` : st.lastPolledAt ? 'ok' : 'not polled yet';
        return `${f.id}: ${f.url} - ${health}`;
      }),
    );
    return ok(`${feeds.length} feeds`, [{ lines: lines.length ? lines : ['none'] }]);
  },
});

async function ownFeed(feedId: string, tenant: string, deps: Parameters<(typeof feedList)['handler']>[2]) {
  const feed = await deps.stores.feeds.get(feedId);
  return feed && feed.tenant === tenant ? feed : undefined;
}

export const feedRemove = defineCommand({
  group: 'feed',
  name: 'remove',
  description: 'Stop polling a feed this server added',
  adminOnly: true,
  options: [FEED_ID_OPTION],
  schema: z.object({ id: id('feed id') }),
  async handler(args, ctx, deps) {
    if (!(await ownFeed(args.id, ctx.tenant, deps))) return fail('No such feed', `No feed "${args.id}" added here (registry feeds are managed in config/sources.yaml).`);
    await deps.feeds.unschedule(args.id);
    await deps.stores.feeds.remove(args.id);
    return ok(`Removed feed ${args.id}`);
  },
});

export const feedRetry = defineCommand({
  group: 'feed',
  name: 'retry',
  description: 'Re-enable a feed disabled after repeated failures',
  adminOnly: true,
  options: [FEED_ID_OPTION],
  schema: z.object({ id: id('feed id') }),
  async handler(args, ctx, deps) {
    const feed = await deps.stores.feeds.get(args.id);
    if (!feed || (feed.tenant && feed.tenant !== ctx.tenant)) return fail('No such feed', `No feed "${args.id}". See /feed list.`);
    const { disabled: _disabled, ...state } = await deps.stores.feeds.state(args.id);
    await deps.stores.feeds.saveState(args.id, { ...state, failures: 0 });
    await deps.feeds.schedule(feed);
    return ok(`Feed ${args.id} re-enabled`);
  },
});
