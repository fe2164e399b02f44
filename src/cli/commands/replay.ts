// `claimwatch replay FILE`: push a local feed file through the whole pipeline (match, alert) as if its items were
// new, and print the alerts. Deliveries are recorded as usual, so replaying a file twice alerts once.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { startApp, type App } from '../../app.js';
import type { Source } from '../../domain/model.js';
import { sourceForUrl } from '../../domain/source-lookup.js';
import { decodeFeedBytes } from '../../ingest/charset.js';
import { parseFeed, toItems } from '../../ingest/index.js';
import { cliContext } from '../context.js';

export function registerReplayCommand(program: Command): void {
  program
    .command('replay <file>')
    .description('Run a local RSS/Atom file through matching and alerting')
    .option('--source <id>', 'outlet id from config/sources.yaml (default: guessed from the feed link or file name)')
    .option('--timeout <seconds>', 'give up waiting for the pipeline after this long', '60')
    .action(async (file: string, o: { source?: string; timeout: string }) => {
      const { env, registry, logger } = await cliContext();
      const decoded = decodeFeedBytes(await readFile(file));
      const parsed = await parseFeed(decoded.text);
      const source = pickSource(registry.sources, o.source, typeof parsed.link === 'string' ? parsed.link : undefined, file);
      const now = new Date();
      const items = toItems(parsed, { feedId: `replay-${source.id}`, sourceId: source.id, language: source.languages[0] ?? 'en', now });
      const app = await startApp({ env, registry, logger, schedule: false, http: false });
      try {
        await app.queues.match.addBulk(items.map((item) => ({ name: 'item', data: { item }, opts: { jobId: `replay-${item.id}` } })));
        await drained(app, Number(o.timeout) * 1000);
        logger.info({ file, source: source.id, items: items.length }, 'replay finished');
      } finally {
        await app.stop();
      }
    });
}

function pickSource(sources: readonly Source[], explicit: string | undefined, link: string | undefined, file: string): Source {
  if (explicit) {
    const s = sources.find((x) => x.id === explicit);
    if (!s) throw new Error(`--source ${explicit}: no such outlet in config/sources.yaml (see \`claimwatch sources list\`)`);
    return s;
  }
  const byDomain = link ? sourceForUrl(sources, link) : undefined;
  const base = path.basename(file).toLowerCase();
  const byName = sources.find((s) => base.startsWith(s.id));
  const found = byDomain ?? byName;
  if (!found) throw new Error(`cannot tell which outlet ${file} is from: pass --source <id> (see \`claimwatch sources list\`)`);
  return found;
}

/** Waits until the match and alert queues hold no more work. */
async function drained(app: App, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const counts = await Promise.all([app.queues.match, app.queues.alert].map((q) => q.getJobCounts('waiting', 'active', 'delayed', 'prioritized')));
    if (counts.every((c) => Object.values(c).every((n) => n === 0))) return;
    if (Date.now() > deadline) throw new Error(`the pipeline did not finish within ${timeoutMs / 1000}s (see \`claimwatch status\`)`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
