import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedError, fetchFeed, parseFeed, toItems, type FetchOptions } from '../../../src/ingest/index.js';
import { startFeedServer, type FeedServer } from '../../helpers/feed-server.js';
import { rss } from '../../helpers/rss.js';
import { encodeSingleByte } from '../../unit/ingest/single-byte.js';

const opts: FetchOptions = { timeoutMs: 1_500, maxBytes: 256 * 1024, maxRedirects: 3, allowPrivateAddresses: true, userAgent: 'claimwatch-test/1.0' };
const feedXml = rss('Wire', [{ guid: 'a', title: 'Minister denies report', link: 'https://ex.org/a?utm_source=rss' }]);

let srv: FeedServer;
beforeAll(async () => {
  srv = await startFeedServer();
});
afterAll(async () => {
  await srv.close();
});

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  const err: unknown = await promise.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(FeedError);
  return err as FeedError;
}

describe('fetchFeed: conditional GET', () => {
  it('round-trips ETag and Last-Modified, and a 304 returns not-modified', async () => {
    const lastModified = 'Mon, 10 Mar 2025 08:00:00 GMT';
    srv.route('/cond.xml', { body: feedXml, etag: '"v1"', lastModified });
    const first = await fetchFeed(srv.url('/cond.xml'), {}, opts);
    expect(first).toMatchObject({ kind: 'fetched', etag: '"v1"', lastModified, charset: 'utf-8', finalUrl: srv.url('/cond.xml') });
    if (first.kind !== 'fetched') throw new Error('unreachable');
    const second = await fetchFeed(srv.url('/cond.xml'), { etag: first.etag, lastModified: first.lastModified }, opts);
    expect(second).toEqual({ kind: 'not-modified' });
    const sent = srv.requests.filter((r) => r.path === '/cond.xml').at(-1)?.headers;
    expect(sent).toMatchObject({ 'if-none-match': '"v1"', 'if-modified-since': lastModified, 'user-agent': 'claimwatch-test/1.0' });
  });

  it('fetches again when the ETag changed', async () => {
    srv.route('/changed.xml', { body: feedXml, etag: '"v2"' });
    expect((await fetchFeed(srv.url('/changed.xml'), { etag: '"v1"' }, opts)).kind).toBe('fetched');
  });
});

describe('fetchFeed: bodies', () => {
  it.each(['gzip', 'deflate', 'br'] as const)('decodes %s and the result parses into items', async (encoding) => {
    srv.route(`/${encoding}.xml`, { body: feedXml, encoding });
    const res = await fetchFeed(srv.url(`/${encoding}.xml`), {}, opts);
    if (res.kind !== 'fetched') throw new Error('expected a body');
    expect(res.bytes).toBe(Buffer.byteLength(feedXml));
    const items = toItems(await parseFeed(res.xml), { feedId: 'f', sourceId: 's', language: 'en', now: new Date() });
    expect(items.map((i) => [i.title, i.url])).toEqual([['Minister denies report', 'https://ex.org/a']]);
  });

  it('rejects a corrupt gzip body as ingest/encoding', async () => {
    srv.route('/corrupt.xml', { body: 'definitely not gzip', headers: { 'content-encoding': 'gzip' } });
    expect((await failure(fetchFeed(srv.url('/corrupt.xml'), {}, opts))).code).toBe('ingest/encoding');
  });

  it('decodes a Persian windows-1256 feed declared only in the XML', async () => {
    const title = 'سخنگوي دولت: گزارش ادعايي تكذيب شد';
    const xml = `<?xml version="1.0" encoding="windows-1256"?><rss version="2.0"><channel><title>خبر</title><item><guid>p1</guid><title>${title}</title></item></channel></rss>`;
    srv.route('/fa.xml', { body: encodeSingleByte(xml, 'windows-1256'), headers: { 'content-type': 'application/rss+xml' } });
    const res = await fetchFeed(srv.url('/fa.xml'), {}, opts);
    if (res.kind !== 'fetched') throw new Error('expected a body');
    expect(res.charset).toBe('windows-1256');
    const items = toItems(await parseFeed(res.xml), { feedId: 'f', sourceId: 's', language: 'fa', now: new Date() });
    expect(items[0]?.title).toBe(title);
  });

  it('falls back from a lying UTF-8 declaration instead of producing U+FFFD', async () => {
    const xml = '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><item><guid>1</guid><title>Mãe de utente é a nova presidente</title></item></channel></rss>';
    srv.route('/liar.xml', { body: Buffer.from(xml, 'latin1'), headers: { 'content-type': 'text/xml; charset=utf-8' } });
    const res = await fetchFeed(srv.url('/liar.xml'), {}, opts);
    if (res.kind !== 'fetched') throw new Error('expected a body');
    expect(res.charset).toBe('windows-1252');
    const [item] = toItems(await parseFeed(res.xml), { feedId: 'f', sourceId: 's', language: 'pt', now: new Date() });
    expect(item?.title).toBe('Mãe de utente é a nova presidente');
  });

  it('reports broken XML from the wire as ingest/parse', async () => {
    srv.route('/broken.xml', { body: '<rss version="2.0"><channel><item><title>cut off' });
    const res = await fetchFeed(srv.url('/broken.xml'), {}, opts);
    if (res.kind !== 'fetched') throw new Error('expected a body');
    expect((await failure(parseFeed(res.xml))).code).toBe('ingest/parse');
  });
});

describe('fetchFeed: limits', () => {
  it('refuses a declared Content-Length over the cap before reading', async () => {
    srv.route('/huge-declared.xml', (_req, res) => {
      res.writeHead(200, { 'content-length': String(opts.maxBytes + 1), 'content-type': 'application/rss+xml' });
      res.write('<rss>'); // and then never finish
    });
    const err = await failure(fetchFeed(srv.url('/huge-declared.xml'), {}, opts));
    expect(err).toMatchObject({ code: 'ingest/too-large', retryable: false });
  });

  it('stops an endless chunked body (no Content-Length) once it passes the cap, and closes the connection', async () => {
    let closed = false;
    srv.route('/endless.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.once('close', () => (closed = true));
      const chunk = Buffer.alloc(16 * 1024, 'a');
      const pump = (): void => {
        while (!res.destroyed) if (!res.write(chunk)) return void res.once('drain', pump);
      };
      pump();
    });
    // Without a streaming cap this would only end at the deadline, as ingest/timeout.
    const err = await failure(fetchFeed(srv.url('/endless.xml'), {}, { ...opts, timeoutMs: 5_000 }));
    expect(err.code).toBe('ingest/too-large');
    await expect.poll(() => closed).toBe(true);
  });

  it('caps the decompressed size of a small gzip bomb', async () => {
    srv.route('/bomb.xml', { body: Buffer.alloc(20 * opts.maxBytes, ' '), encoding: 'gzip' });
    expect((await failure(fetchFeed(srv.url('/bomb.xml'), {}, opts))).code).toBe('ingest/too-large');
  });

  it('gives up on a server that never answers, within the deadline', async () => {
    srv.route('/hang.xml', () => {}); // accepts the request, never responds
    const started = Date.now();
    const err = await failure(fetchFeed(srv.url('/hang.xml'), {}, { ...opts, timeoutMs: 400 }));
    expect(err).toMatchObject({ code: 'ingest/timeout', retryable: true });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('gives up on a server that sends headers and then one byte per 50 ms, within the deadline', async () => {
    srv.route('/dribble.xml', { body: feedXml, dribbleMs: 50 });
    const started = Date.now();
    const err = await failure(fetchFeed(srv.url('/dribble.xml'), {}, { ...opts, timeoutMs: 600 }));
    expect(err.code).toBe('ingest/timeout');
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(550);
    expect(elapsed).toBeLessThan(1_200);
  });
});

describe('fetchFeed: HTTP status and redirects', () => {
  it('follows redirects and reports the final URL', async () => {
    srv.route('/old.xml', { redirectTo: '/mid.xml', status: 301 });
    srv.route('/mid.xml', { redirectTo: srv.url('/new.xml'), status: 308 });
    srv.route('/new.xml', { body: feedXml });
    expect(await fetchFeed(srv.url('/old.xml'), {}, opts)).toMatchObject({ kind: 'fetched', finalUrl: srv.url('/new.xml') });
  });

  it('stops at the redirect cap', async () => {
    srv.route('/loop.xml', { redirectTo: '/loop.xml' });
    expect((await failure(fetchFeed(srv.url('/loop.xml'), {}, opts))).code).toBe('ingest/too-many-redirects');
    const hops = srv.requests.filter((r) => r.path === '/loop.xml').length;
    expect(hops).toBe(opts.maxRedirects + 1);
  });

  it('refuses a redirect to a non-http scheme', async () => {
    srv.route('/to-file.xml', { redirectTo: 'file:///etc/passwd' });
    expect((await failure(fetchFeed(srv.url('/to-file.xml'), {}, opts))).code).toBe('ingest/unsupported-url');
  });

  it.each([
    [404, 'ingest/http-4xx', false],
    [410, 'ingest/http-4xx', false],
    [408, 'ingest/http-4xx', true],
    [429, 'ingest/http-4xx', true],
    [500, 'ingest/http-5xx', true],
    [503, 'ingest/http-5xx', true],
  ] as const)('maps HTTP %i to %s (retryable: %s)', async (status, code, retryable) => {
    srv.route(`/status-${status}.xml`, { status, body: 'nope' });
    const err = await failure(fetchFeed(srv.url(`/status-${status}.xml`), {}, opts));
    expect(err).toMatchObject({ code, retryable, status });
  });
});

describe('fetchFeed: SSRF guard', () => {
  const publicOnly = { ...opts, allowPrivateAddresses: false };

  it('refuses a loopback IP literal before connecting', async () => {
    srv.route('/private.xml', { body: feedXml });
    const before = srv.requests.length;
    const err = await failure(fetchFeed(srv.url('/private.xml'), {}, publicOnly));
    expect(err).toMatchObject({ code: 'ingest/blocked-address', retryable: false });
    expect(srv.requests.length).toBe(before);
  });

  it('refuses a hostname that resolves to loopback (checked on the resolved address)', async () => {
    const url = srv.url('/private.xml').replace('127.0.0.1', 'localhost');
    expect((await failure(fetchFeed(url, {}, publicOnly))).code).toBe('ingest/blocked-address');
  });

  it.each(['http://169.254.169.254/latest/meta-data/', 'http://[::1]/x', 'http://[::ffff:127.0.0.1]/x', 'http://10.0.0.1/x', 'http://0.0.0.0/x'])(
    'refuses %s',
    async (url) => {
      expect((await failure(fetchFeed(url, {}, publicOnly))).code).toBe('ingest/blocked-address');
    },
  );

  it('checks every redirect hop: a public-looking start that redirects to the metadata address is refused', async () => {
    // Admit only this test server, as if it were a public host; everything else follows the public-only rule.
    const policy = { ...publicOnly, isAddressAllowed: (ip: string) => ip === '127.0.0.1' };
    srv.route('/to-metadata.xml', { redirectTo: 'http://169.254.169.254/latest/meta-data/' });
    srv.route('/to-localhost.xml', { redirectTo: srv.url('/private.xml').replace('127.0.0.1', '[::1]') });
    expect((await failure(fetchFeed(srv.url('/to-metadata.xml'), {}, policy))).code).toBe('ingest/blocked-address');
    expect((await failure(fetchFeed(srv.url('/to-localhost.xml'), {}, policy))).code).toBe('ingest/blocked-address');
    expect((await fetchFeed(srv.url('/private.xml'), {}, policy)).kind).toBe('fetched');
  });

  it('refuses non-http schemes', async () => {
    expect((await failure(fetchFeed('file:///etc/passwd', {}, opts))).code).toBe('ingest/unsupported-url');
    expect((await failure(fetchFeed('gopher://ex.org/', {}, opts))).code).toBe('ingest/unsupported-url');
  });

  it('maps a refused connection to ingest/connection (retryable)', async () => {
    const err = await failure(fetchFeed('http://127.0.0.1:1/x.xml', {}, opts));
    expect(err).toMatchObject({ code: 'ingest/connection', retryable: true });
  });
});
