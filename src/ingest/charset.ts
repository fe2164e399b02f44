// Turns feed bytes into a string BEFORE parsing, so the XML parser never guesses. Sources, strongest first:
// a BOM, then the Content-Type charset and the XML declaration's encoding (checked against the bytes), then
// UTF-8 if the bytes are valid UTF-8, else windows-1252.
import { FeedError } from './errors.js';

export interface DecodedFeed {
  text: string;
  /** WHATWG encoding name actually used, e.g. "utf-8", "windows-1256". */
  charset: string;
}

export function decodeFeedBytes(bytes: Uint8Array, contentType?: string): DecodedFeed {
  const charset = detectCharset(bytes, contentType);
  let text: string;
  try {
    // The BOM is stripped by TextDecoder (ignoreBOM defaults to false).
    text = new TextDecoder(charset, { fatal: charset.startsWith('utf-16') }).decode(bytes);
    if (charset === 'windows-1252') text = repairC1(text);
  } catch (err) {
    throw new FeedError('ingest/encoding', `bytes are not valid ${charset}`, { cause: err });
  }
  return { text: stripDeclaredEncoding(text), charset };
}

export function detectCharset(bytes: Uint8Array, contentType?: string): string {
  const sniffed = sniffUnicode(bytes);
  if (sniffed) return sniffed;
  // Bytes we could read as ASCII cannot be UTF-16, so a utf-16 label here is a lie and is ignored.
  const labels = [headerCharset(contentType), declaredEncoding(bytes)]
    .map((label) => (label === undefined ? undefined : canonicalEncoding(label)))
    .filter((label): label is string => label !== undefined && !label.startsWith('utf-16'));
  const validUtf8 = isValidUtf8(bytes);
  // Valid UTF-8 that someone also labelled UTF-8 wins over a conflicting legacy label (typically a server's
  // default "charset=iso-8859-1" in front of a UTF-8 feed): multi-byte UTF-8 rarely happens by accident.
  if (validUtf8 && (labels.length === 0 || labels.includes('utf-8'))) return 'utf-8';
  const legacy = labels.find((label) => label !== 'utf-8');
  if (legacy) return legacy;
  // Undeclared or falsely-declared-UTF-8 bytes that are not UTF-8: decode as windows-1252 (the WHATWG
  // default for unlabelled legacy text, a superset of ISO-8859-1) rather than produce U+FFFD soup.
  return 'windows-1252';
}

/** BOMs, and BOM-less UTF-16 recognised by how "<?" is laid out. */
function sniffUnicode(b: Uint8Array): string | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0x3c && b[1] === 0x00 && b[2] === 0x3f && b[3] === 0x00) return 'utf-16le';
  if (b[0] === 0x00 && b[1] === 0x3c && b[2] === 0x00 && b[3] === 0x3f) return 'utf-16be';
  return undefined;
}

function headerCharset(contentType: string | undefined): string | undefined {
  return contentType?.match(/;\s*charset\s*=\s*["']?([^"';\s]+)/i)?.[1];
}

/** The encoding pseudo-attribute of an XML declaration, read as ASCII from the first bytes. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.match(/<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/)?.[1];
}

/** WHATWG name for a label ("ISO-8859-1" → "windows-1252", "utf8" → "utf-8"); undefined if unknown. */
function canonicalEncoding(label: string): string | undefined {
  try {
    const encoding = new TextDecoder(label).encoding;
    return encoding === 'replacement' ? undefined : encoding;
  } catch {
    return undefined;
  }
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// WHATWG windows-1252 for bytes 0x80-0x9F (the five unassigned bytes map to themselves).
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const DECODES_1252_AS_LATIN1 = new TextDecoder('windows-1252').decode(Uint8Array.of(0x80)) !== '€';

/**
 * Node 20's TextDecoder decodes "windows-1252" (and so "iso-8859-1", an alias of it) as ISO-8859-1, turning
 * curly quotes, dashes and € into invisible C1 controls; map those back. A no-op on a fixed Node.
 */
function repairC1(text: string): string {
  if (!DECODES_1252_AS_LATIN1) return text;
  return text.replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

/** The text is already decoded: drop encoding="..." so nothing downstream re-interprets it. */
export function stripDeclaredEncoding(text: string): string {
  return text.replace(/(<\?xml[^>]*?)\s+encoding\s*=\s*(["'])[^"']*\2/, '$1');
}
