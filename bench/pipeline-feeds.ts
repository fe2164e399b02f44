// The bench's feed host: N feeds on one local server with a realistic conditional-GET mix. Each request for a
// feed whose ETag the poller already has answers 304, except that with probability `freshRate` the feed gains a
// new item (one that names the followed actor) and answers 200. Records every poll per feed and when each item
// was first served, so the bench can measure polls, double polls and poll-to-alert latency.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { itemTitle, itemUrl } from '../test/faults/support/world.js';

export interface BenchFeeds {
  url(feed: number): string;
  /** Item number -> when the server first sent it (ms since epoch). */
  servedAt: Map<number, number>;
  /** Poll times per feed. */
  polls: number[][];
  responses: { fresh: number; notModified: number };
  close(): Promise<void>;
}

const EMPTY_ETAG = '"v0"';

export async function startBenchFeeds(count: number, freshRate: number): Promise<BenchFeeds> {
  const version = new Int32Array(count);
  const latestItem = new Int32Array(count).fill(-1);
  const polls: number[][] = Array.from({ length: count }, () => []);
  const servedAt = new Map<number, number>();
  const responses = { fresh: 0, notModified: 0 };
  let nextItem = 0;
  // Deterministic "random": the same run gives the same 200/304 sequence.
  let seed = 42;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);

  const server: Server = createServer((req, res) => {
    const m = /^\/f(\d+)\.xml$/.exec(req.url ?? '');
    const f = m ? Number(m[1]) : -1;
    if (f < 0 || f >= count) return void res.writeHead(404).end();
    const now = Date.now();
    polls[f]!.push(now);
    if (random() < freshRate) {
      version[f]! += 1;
      latestItem[f] = nextItem++;
    }
    const etag = version[f] === 0 ? EMPTY_ETAG : `"v${version[f]}"`;
    if (req.headers['if-none-match'] === etag) {
      responses.notModified++;
      return void res.writeHead(304, { etag }).end();
    }
    responses.fresh++;
    const n = latestItem[f]!;
    if (n >= 0 && !servedAt.has(n)) servedAt.set(n, now);
    const item = n < 0 ? '' : `<item><title>${itemTitle(n)}</title><link>${itemUrl(n)}</link><guid>item-${n}</guid><description>Report ${n}.</description></item>`;
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag });
    res.end(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>bench ${f}</title><link>https://example.org</link><description>d</description>${item}</channel></rss>`);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (f) => `http://127.0.0.1:${port}/f${f}.xml`,
    servedAt,
    polls,
    responses,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The ETag every feed is seeded with, so a first poll is a 304 like any later one. */
export const SEED_ETAG = EMPTY_ETAG;
