// Operator commands against the same Redis the bot uses: claims, feeds, sources, status. Claims added here
// belong to the console tenant and alert on the console.
import type { Command } from 'commander';
import { createCore, fetchOptionsFrom, type Core } from '../../app.js';
import { runCommand } from '../../chat/core/commands/index.js';
import { replyToText, type Reply } from '../../chat/core/reply.js';
import { registryFeeds } from '../../domain/feeds.js';
import { sourceForUrl } from '../../domain/source-lookup.js';
import { FeedError, fetchFeed, parseFeed, toItems } from '../../ingest/index.js';
import { QUEUES } from '../../queue/queues.js';
import { cliContext } from '../context.js';

async function withCore<T>(fn: (core: Core) => Promise<T>): Promise<T> {
  const { env, registry, logger } = await cliContext();
  const core = await createCore(env, registry, logger);
  try {
    return await fn(core);
  } finally {
    await core.close();
  }
}

function print(reply: Reply): void {
  (reply.ok ? console.log : console.error)(replyToText(reply));
  if (!reply.ok) process.exitCode = 1;
}

const run = (group: string, name: string, args: Record<string, unknown>) =>
  withCore(async (core) => print(await runCommand(group, name, args, core.consoleContext(), core.commands)));

export function registerAdminCommands(program: Command): void {
  const claims = program.command('claims').description('Claims tracked on the console');
  claims
    .command('add <statement>')
    .option('--keywords <list>', 'extra terms, comma-separated')
    .option('--actors <list>', 'actor ids or names, comma-separated')
    .action((statement: string, o: { keywords?: string; actors?: string }) => run('claim', 'track', { statement, ...o }));
  claims.command('list').action(() => run('claim', 'list', {}));
  claims.command('show <id>').action((id: string) => run('claim', 'show', { id }));
  claims.command('remove <id>').action((id: string) => run('claim', 'untrack', { id }));

  program.command('sources').description('The outlet registry').command('list').option('--label <label>').action((o: { label?: string }) => run('source', 'list', o));

  const feeds = program.command('feeds').description('Feeds the bot polls');
  feeds.command('list').action(() => run('feed', 'list', {}));
  feeds
    .command('check <url>')
    .description('Fetch and parse a feed and show what would be queued, without storing anything')
    .action(async (url: string) => {
      const { env, registry } = await cliContext();
      try {
        const fetched = await fetchFeed(url, {}, fetchOptionsFrom(env));
        if (fetched.kind !== 'fetched') throw new Error('304 Not Modified');
        const parsed = await parseFeed(fetched.xml);
        const source = sourceForUrl(registry.sources, fetched.finalUrl);
        const items = toItems(parsed, { feedId: 'check', sourceId: source?.id ?? 'unknown', language: source?.languages[0] ?? 'en', now: new Date() });
        console.log(`${fetched.finalUrl}: ${fetched.bytes} bytes, ${fetched.charset}, ${items.length} items; outlet: ${source ? `${source.name} (${source.label})` : 'not in the registry'}`);
        for (const item of items) console.log(`  ${item.publishedAt}  ${item.title}\n    ${item.url}`);
      } catch (err) {
        if (err instanceof FeedError) throw new Error(`${err.code}: ${err.message}`);
        throw err;
      }
    });
  feeds.command('retry <id>').description('Re-enable a disabled feed').action((id: string) => run('feed', 'retry', { id }));

  program
    .command('status')
    .description('Queue depths and feed health')
    .action(() =>
      withCore(async (core) => {
        for (const name of Object.values(QUEUES)) {
          const counts = await core.queues[name].getJobCounts('waiting', 'active', 'delayed', 'failed');
          console.log(`queue ${name}: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
        }
        const feedsList = await core.stores.feeds.all();
        let failing = 0;
        for (const f of feedsList) {
          const st = await core.stores.feeds.state(f.id);
          if (st.disabled || st.failures) {
            failing++;
            console.log(`feed ${f.id}: ${st.disabled ? `DISABLED (${st.disabled.reason})` : `failing x${st.failures}`} - ${st.lastError?.code ?? ''} ${st.lastError?.message ?? ''}`);
          }
        }
        console.log(`feeds: ${feedsList.length} (${registryFeeds(core.commands.sources).length} from the registry), ${failing} failing or disabled`);
      }),
    );
}
