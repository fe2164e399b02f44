// Feed titles and summaries arrive as HTML fragments of any quality; alerts and the matcher want plain text.
import { decodeHtmlEntities } from './html-entities.js';

const INVISIBLE_BLOCKS = /<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const CDATA_MARKERS = /<!\[CDATA\[|\]\]>/g;
// Only "<" followed by a letter, "/" or "!" opens a tag, so "a < b" survives as text.
const TAG = /<\/?[A-Za-z][^>]*>|<![^>]*>/g;
// C0/C1 controls except tab/newline/CR (whitespace, collapsed below). ZWNJ/ZWJ are kept: Persian needs them.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function htmlToText(html: string): string {
  const text = html.replace(INVISIBLE_BLOCKS, ' ').replace(COMMENT, ' ').replace(CDATA_MARKERS, '').replace(TAG, ' ');
  return decodeHtmlEntities(text).replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/** Cuts text to at most maxChars (ellipsis included), at a word boundary when one is reasonably near. */
export function truncateAtWord(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let cut = text.slice(0, maxChars - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1); // never split a surrogate pair
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
