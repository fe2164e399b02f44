// Reads a response body under a byte cap, decoding gzip/deflate/br on the way. The cap applies to the
// DECODED bytes, so a small compressed "zip bomb" is stopped as soon as it inflates past maxBytes.
import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { FeedError } from './errors.js';

function decoderFor(contentEncoding: string, feedUrl: string): Transform | undefined {
  switch (contentEncoding.trim().toLowerCase()) {
    case '':
    case 'identity':
      return undefined;
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      throw new FeedError('ingest/encoding', `unsupported Content-Encoding "${contentEncoding}"`, { feedUrl });
  }
}

export function tooLarge(maxBytes: number, feedUrl: string): FeedError {
  return new FeedError('ingest/too-large', `body exceeds ${maxBytes} bytes`, { feedUrl });
}

/** Resolves with the decoded body; rejects with ingest/too-large, ingest/encoding, or the body stream's own error. */
export async function readBody(body: Readable, contentEncoding: string, maxBytes: number, feedUrl: string): Promise<Buffer> {
  // Destroying an unfinished undici body emits an abort error; it is expected here, not a crash.
  body.on('error', () => {});
  const decoder = decoderFor(contentEncoding, feedUrl);
  let decodeFailure: unknown;
  if (decoder) {
    // Only an error raised by the decoder itself (not one forwarded from the body by pipeline) means bad bytes.
    decoder.once('error', (err) => {
      if (!body.errored) decodeFailure = err;
    });
  }
  const source: Readable = decoder ? pipeline(body, decoder, () => {}) : body;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw tooLarge(maxBytes, feedUrl);
      chunks.push(chunk);
    }
  } catch (err) {
    if (decodeFailure !== undefined) {
      throw new FeedError('ingest/encoding', `bad ${contentEncoding} body`, { feedUrl, cause: decodeFailure });
    }
    throw err;
  } finally {
    body.destroy();
    decoder?.destroy();
  }
  return Buffer.concat(chunks, total);
}
