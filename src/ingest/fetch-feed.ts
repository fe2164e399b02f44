// Fetches one feed: conditional GET, manual redirects (each hop re-checked by the SSRF guard), one overall
// deadline covering connect, headers and body (a server dribbling one byte a second cannot hold a worker),
// a byte cap, and charset decoding to a string ready for parseFeed.
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import { Agent, buildConnector, request } from 'undici';
import { addressPolicy, blockedAddressError, guardedLookup, type AddressPolicy } from './address-guard.js';
import { decodeFeedBytes } from './charset.js';
import { FeedError, asFeedError, httpStatusError } from './errors.js';
import { readBody, tooLarge } from './read-body.js';

export interface ConditionalState {
  etag?: string;
  lastModified?: string;
}

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  allowPrivateAddresses: boolean;
  userAgent: string;
  /** Overrides allowPrivateAddresses with a custom rule (tests admit only their local server this way). */
  isAddressAllowed?: AddressPolicy;
}

export type FetchOutcome =
  | { kind: 'not-modified' }
  /** bytes: body size after Content-Encoding decoding; charset: the WHATWG encoding the text was decoded from. */
  | { kind: 'fetched'; xml: string; etag?: string; lastModified?: string; finalUrl: string; bytes: number; charset: string };

const ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function fetchFeed(url: string, state: ConditionalState, opts: FetchOptions): Promise<FetchOutcome> {
  const policy = opts.isAddressAllowed ?? addressPolicy(opts.allowPrivateAddresses);
  const agent = new Agent({ connect: guardedConnector(policy, opts.timeoutMs), headersTimeout: opts.timeoutMs, bodyTimeout: opts.timeoutMs });
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new FeedError('ingest/timeout', `no complete response within ${opts.timeoutMs} ms`, { feedUrl: url })), opts.timeoutMs);
  try {
    return await followRedirects(url, state, opts, agent, deadline.signal);
  } catch (err) {
    if (deadline.signal.aborted) throw deadline.signal.reason as FeedError;
    throw asFeedError(err, url);
  } finally {
    clearTimeout(timer);
    void agent.destroy().catch(() => {});
  }
}

async function followRedirects(startUrl: string, state: ConditionalState, opts: FetchOptions, agent: Agent, signal: AbortSignal): Promise<FetchOutcome> {
  let current = httpUrl(startUrl, startUrl);
  for (let hop = 0; ; hop++) {
    const res = await request(current, { method: 'GET', headers: requestHeaders(state, opts), dispatcher: agent, signal });
    const header = (name: string): string | undefined => {
      const value = res.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    if (res.statusCode === 304) {
      discard(res.body);
      return { kind: 'not-modified' };
    }
    const location = header('location');
    if (REDIRECTS.has(res.statusCode) && location) {
      discard(res.body);
      if (hop >= opts.maxRedirects) throw new FeedError('ingest/too-many-redirects', `more than ${opts.maxRedirects} redirects`, { feedUrl: startUrl });
      current = httpUrl(location, startUrl, current);
      continue;
    }
    if (res.statusCode < 200 || res.statusCode >= 300) {
      discard(res.body);
      throw httpStatusError(res.statusCode, current.href);
    }
    const declaredLength = Number(header('content-length'));
    if (declaredLength > opts.maxBytes) {
      discard(res.body);
      throw tooLarge(opts.maxBytes, current.href);
    }
    const bytes = await readBody(res.body, header('content-encoding') ?? '', opts.maxBytes, current.href);
    const { text, charset } = decodeFeedBytes(bytes, header('content-type'));
    const etag = header('etag');
    const lastModified = header('last-modified');
    return {
      kind: 'fetched',
      xml: text,
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
      finalUrl: current.href,
      bytes: bytes.length,
      charset,
    };
  }
}

/** Drops a body we will not read; the error listener keeps undici's abort error from going unhandled. */
function discard(body: Readable): void {
  body.on('error', () => {});
  body.destroy();
}

function requestHeaders(state: ConditionalState, opts: FetchOptions): Record<string, string> {
  return {
    'user-agent': opts.userAgent,
    accept: ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
    ...(state.etag ? { 'if-none-match': state.etag } : {}),
    ...(state.lastModified ? { 'if-modified-since': state.lastModified } : {}),
  };
}

/** Parses (and resolves, for redirects) a URL, allowing only http and https. */
function httpUrl(raw: string, feedUrl: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch (err) {
    throw new FeedError('ingest/unsupported-url', `not a URL: ${raw}`, { feedUrl, cause: err });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FeedError('ingest/unsupported-url', `only http and https are fetched, not ${url.protocol}`, { feedUrl });
  }
  return url;
}

/** undici connector that refuses IP literals the policy rejects and resolves hostnames through the guard. */
function guardedConnector(policy: AddressPolicy, timeoutMs: number): buildConnector.connector {
  const connect = buildConnector({ timeout: timeoutMs, lookup: guardedLookup(policy) } as buildConnector.BuildOptions);
  return (options, callback) => {
    const host = options.hostname.replace(/^\[(.*)\]$/, '$1');
    if (isIP(host) && !policy(host)) {
      callback(blockedAddressError(options.hostname, host), null);
      return;
    }
    connect(options, callback);
  };
}
