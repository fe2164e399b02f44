// The ingest layer's one error type. The poll worker steers on `retryable` (transient: retry with backoff;
// permanent: fail now, the feed's schedule tries again later) and tests assert on `code`, never the message.
export const FEED_ERROR_CODES = [
  'ingest/timeout',
  'ingest/too-large',
  'ingest/http-4xx',
  'ingest/http-5xx',
  'ingest/dns',
  'ingest/tls',
  'ingest/connection',
  'ingest/blocked-address',
  'ingest/too-many-redirects',
  'ingest/unsupported-url',
  'ingest/parse',
  'ingest/encoding',
  'ingest/not-a-feed',
] as const;
export type FeedErrorCode = (typeof FEED_ERROR_CODES)[number];

/** Codes worth retrying soon; http-4xx is decided per status (408 and 429 only). */
const RETRYABLE: ReadonlySet<FeedErrorCode> = new Set<FeedErrorCode>([
  'ingest/timeout',
  'ingest/http-5xx',
  'ingest/dns',
  'ingest/connection',
]);

export interface FeedErrorContext {
  feedUrl?: string;
  status?: number;
  cause?: unknown;
}

export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly code: FeedErrorCode;
  readonly retryable: boolean;
  readonly feedUrl?: string;
  readonly status?: number;

  constructor(code: FeedErrorCode, message: string, context: FeedErrorContext = {}) {
    super(message, context.cause === undefined ? undefined : { cause: context.cause });
    this.code = code;
    this.retryable = code === 'ingest/http-4xx' ? context.status === 408 || context.status === 429 : RETRYABLE.has(code);
    if (context.feedUrl !== undefined) this.feedUrl = context.feedUrl;
    if (context.status !== undefined) this.status = context.status;
  }
}

export function httpStatusError(status: number, feedUrl: string): FeedError {
  const code = status >= 500 ? 'ingest/http-5xx' : 'ingest/http-4xx';
  return new FeedError(code, `HTTP ${status}`, { feedUrl, status });
}

const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH)/;

/** Wraps whatever undici or node:net threw into a FeedError (FeedErrors pass through). */
export function asFeedError(err: unknown, feedUrl: string): FeedError {
  if (err instanceof FeedError) return err;
  const inner = err instanceof Error && err.cause instanceof FeedError ? err.cause : undefined;
  if (inner) return inner;
  const code = errorCode(err);
  const message = err instanceof Error ? err.message : String(err);
  const ctx = { feedUrl, cause: err };
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'ETIMEDOUT')
    return new FeedError('ingest/timeout', message, ctx);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NODATA' || code === 'EAI_NONAME') return new FeedError('ingest/dns', message, ctx);
  if (code && TLS_CODE.test(code)) return new FeedError('ingest/tls', message, ctx);
  return new FeedError('ingest/connection', message, ctx);
}

function errorCode(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  const cause = (err as { cause?: unknown }).cause;
  return cause === err ? undefined : errorCode(cause);
}
