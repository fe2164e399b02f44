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

/** One alert as a platform showed it: its visible text (flattened payload) and whether it went into a thread. */
export interface SeenAlert {
  text: string;
  inThread: boolean;
}

/**
 * The story's expectations (../shared/scenario/README.md), item by item, as words a reader sees. `alertsFor`
 * returns the alerts whose payload links to the item (`fragment` of its URL). Each check returns a failure
 * description, or nothing.
 */
export const SCENARIO_STORY: Array<{ step: string; check: (alertsFor: (fragment: string) => SeenAlert[]) => string | undefined }> = [
  {
    step: '1. 1001: first sighting of C1, unconfirmed, single-sourced, relays Jadeh Iran and ILNA, outlet label',
    check: (f) => expectWords(f('scenario-1001'), [/First sighting/, /opposition\/diaspora/, /unconfirmed/, /single.sourced/, /Jadeh Iran/, /ILNA/]),
  },
  {
    step: '2. 4002: a copy of 1001, in the thread, not a second first sighting',
    check: (f) => {
      const seen = f('scenario-4002');
      if (seen.some((s) => /First sighting/.test(s.text))) return 'announced as a first sighting';
      if (seen.some((s) => !s.inThread)) return 'posted outside the thread';
      return expectWords(seen, [/copy/]);
    },
  },
  { step: '3. 1002: no alert', check: (f) => (f('scenario-1002').length ? 'an alert was sent' : undefined) },
  { step: '4. 1003: A1 (Amirali Hajizadeh)', check: (f) => expectWords(f('scenario-1003'), [/Hajizadeh/]) },
  { step: '5. 2001: C2 asserted by the IRGC, IRGC-affiliated outlet', check: (f) => expectWords(f('scenario/2001'), [/New assertion/, /IRGC-affiliated/]) },
  { step: '6. 2002: A1 only', check: (f) => expectWords(f('scenario/2002'), [/Hajizadeh/]) ?? (f('scenario/2002').some((s) => /First sighting|New denial|New assertion/.test(s.text)) ? 'a claim alert was sent' : undefined) },
  {
    step: "7. 3001: denial of C2 by the White House, in C2's thread",
    check: (f) => (f('scenario/3001').some((s) => /New denial/.test(s.text) && /White House|Biden/.test(s.text) && s.inThread) ? undefined : 'no denial by the White House in a thread'),
  },
  { step: '8. 4001: C3 denied, anonymous sources', check: (f) => expectWords(f('scenario-4001'), [/New denial/, /anonymous sources/]) },
  { step: '9. 5001: A1 through the Persian script', check: (f) => (f('scenario/5001').length === 1 ? undefined : `${f('scenario/5001').length} alerts`) },
  {
    step: '10. 5002: a repeat denial by the White House updates the thread, no new denial alert',
    check: (f) => {
      const seen = f('scenario/5002');
      if (seen.some((s) => /New denial/.test(s.text))) return 'a second denial alert was sent';
      if (!seen.some((s) => s.inThread && /again by White House/.test(s.text))) return 'no "denied again by White House" update in the thread';
      return undefined;
    },
  },
];

function expectWords(seen: SeenAlert[], words: RegExp[]): string | undefined {
  if (seen.length === 0) return 'no alert';
  const text = seen.map((s) => s.text).join('\n');
  const missing = words.filter((w) => !w.test(text));
  return missing.length ? `missing ${missing.join(', ')} in: ${text.slice(0, 600)}` : undefined;
}
