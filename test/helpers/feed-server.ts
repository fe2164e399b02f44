// A scriptable local HTTP server for feed tests (unit, integration and end-to-end). Listens on 127.0.0.1 at a
// free port. Routes are a static response or a handler; every request is recorded for assertions.
//   const srv = await startFeedServer();
//   srv.route('/a.xml', { body: xml, headers: { etag: '"v1"' } });
//   await fetchFeed(srv.url('/a.xml'), {}, opts);
//   await srv.close();
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';

export interface StaticRoute {
  body?: string | Uint8Array;
  status?: number;
  headers?: Record<string, string>;
  /** Compress the body and set Content-Encoding. */
  encoding?: 'gzip' | 'deflate' | 'br';
  /** Answer 304 when If-None-Match equals this ETag (also sent as the ETag header). */
  etag?: string;
  /** Answer 304 when If-Modified-Since equals this value (also sent as Last-Modified). */
  lastModified?: string;
  /** Wait this long before sending headers. */
  delayMs?: number;
  /** After headers, send the body one byte per interval (a slow-loris server). */
  dribbleMs?: number;
  /** 302 to this location (relative or absolute). */
  redirectTo?: string;
}

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface RecordedRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

export interface FeedServer {
  route(path: string, route: StaticRoute | RouteHandler): void;
  url(path: string): string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, StaticRoute | RouteHandler>();
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push({ path, headers: req.headers });
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404).end('not found');
      return;
    }
    if (typeof route === 'function') {
      void Promise.resolve(route(req, res)).catch(() => res.destroy());
      return;
    }
    const respond = (): void => serveStatic(route, req, res, timers);
    if (route.delayMs) timers.add(setTimeout(respond, route.delayMs));
    else respond();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    route: (path, route) => void routes.set(path, route),
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function serveStatic(route: StaticRoute, req: IncomingMessage, res: ServerResponse, timers: Set<NodeJS.Timeout>): void {
  if (res.destroyed) return;
  const headers: Record<string, string> = { 'content-type': 'application/rss+xml; charset=utf-8', ...route.headers };
  if (route.etag) headers.etag = route.etag;
  if (route.lastModified) headers['last-modified'] = route.lastModified;
  if (route.redirectTo) {
    res.writeHead(route.status ?? 302, { ...headers, location: route.redirectTo }).end();
    return;
  }
  const etagMatches = route.etag !== undefined && req.headers['if-none-match'] === route.etag;
  const dateMatches = route.lastModified !== undefined && req.headers['if-modified-since'] === route.lastModified;
  if (etagMatches || dateMatches) {
    res.writeHead(304, headers).end();
    return;
  }
  let body = typeof route.body === 'string' ? Buffer.from(route.body) : Buffer.from(route.body ?? '');
  if (route.encoding) {
    body = route.encoding === 'gzip' ? gzipSync(body) : route.encoding === 'deflate' ? deflateSync(body) : brotliCompressSync(body);
    headers['content-encoding'] = route.encoding;
  }
  if (!route.dribbleMs) {
    res.writeHead(route.status ?? 200, { 'content-length': String(body.length), ...headers }).end(body);
    return;
  }
  res.writeHead(route.status ?? 200, headers);
  let sent = 0;
  const timer = setInterval(() => {
    if (res.destroyed || sent >= body.length) {
      clearInterval(timer);
      timers.delete(timer);
      if (!res.destroyed) res.end();
      return;
    }
    res.write(body.subarray(sent, sent + 1));
    sent += 1;
  }, route.dribbleMs);
  timers.add(timer);
}
