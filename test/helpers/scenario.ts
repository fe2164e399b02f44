// Drives ../shared/scenario (the acceptance story) through the real pipeline: its feeds are served by a local
// HTTP server, each feed is polled once empty (seeding) and once full, in an order that keeps the story's
// chronology across feeds. Platform tests (console, Discord, Slack) assert on what their channel received.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { App } from '../../src/app.js';
import type { Registry } from '../../src/config/files.js';
import { pipelineIdle } from './app-harness.js';
import type { FeedServer } from './feed-server.js';

export const SCENARIO_DIR = path.resolve(import.meta.dirname, '../../../shared/scenario');
export const HAS_SCENARIO = existsSync(path.join(SCENARIO_DIR, 'feeds'));
if (!HAS_SCENARIO) console.warn(`[skip] ../shared/scenario is absent (looked in ${SCENARIO_DIR}): scenario tests are skipped`);

/** Feed files in the order their items must reach the pipeline, with their outlets. */
export const SCENARIO_FEEDS = [
  { file: 'iranintl-en.xml', sourceId: 'iran-international', language: 'en' },
  { file: 'timesofisrael-en.xml', sourceId: 'times-of-israel', language: 'en' },
  { file: 'tasnim-en.xml', sourceId: 'tasnim', language: 'en' },
  { file: 'freebeacon-en.xml', sourceId: 'free-beacon', language: 'en' },
  { file: 'tasnim-fa.xml', sourceId: 'tasnim', language: 'fa' },
] as const;

export const SCENARIO_CLAIMS = {
  C1: 'Iran promised the US it would not retaliate against Israel in exchange for a Gaza ceasefire.',
  C2: 'The US sent Iran a written message supporting its right to retaliate against Israel.',
  C3: 'The US will take part in Israeli retaliatory strikes on Iran.',
} as const;
export const SCENARIO_ACTOR = 'Amir Ali Hajizadeh';

/** The registry without A1's native-script aliases: the scenario tracks A1 by its Latin name only. */
export function scenarioRegistry(registry: Registry): Registry {
  return { ...registry, actors: registry.actors.filter((a) => !/hajizadeh/i.test(a.name)) };
}

const EMPTY_RSS = '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>empty</title><link>https://example.org</link><description>d</description></channel></rss>';

/** Registers the scenario feeds in the app, seeds them empty, then serves and polls each full feed in order. */
export async function playScenario(app: App, srv: FeedServer): Promise<void> {
  const feedIds = SCENARIO_FEEDS.map((f) => `scenario-${f.file.replace('.xml', '')}`);
  for (const [i, f] of SCENARIO_FEEDS.entries()) {
    srv.route(`/${f.file}`, { body: EMPTY_RSS });
    await app.stores.feeds.put({ id: feedIds[i]!, sourceId: f.sourceId, url: srv.url(`/${f.file}`), language: f.language, pollSeconds: 300 });
    await app.queues.poll.add('poll', { feedId: feedIds[i]! });
  }
  await pipelineIdle(app, 20_000);
  for (const [i, f] of SCENARIO_FEEDS.entries()) {
    srv.route(`/${f.file}`, { body: await readFile(path.join(SCENARIO_DIR, 'feeds', f.file)) });
    await app.queues.poll.add('poll', { feedId: feedIds[i]! });
    await pipelineIdle(app, 20_000);
  }
}
