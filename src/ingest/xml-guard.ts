// DOCTYPE hygiene before the XML parser sees a document. Entity declarations are how billion-laughs and
// XXE attacks work, and no real feed needs them, so a DOCTYPE that declares general entities is refused.
// Any other DOCTYPE (e.g. one pulling in an external parameter entity for XHTML names) is removed: its
// DTD is never fetched and its declarations never applied.
import { FeedError } from './errors.js';

// A DOCTYPE with an optional internal subset: <!DOCTYPE rss [ ... ]>. Quoted "]" inside the subset is rare
// enough in feeds that the non-greedy match is acceptable.
const DOCTYPE = /<!DOCTYPE\s[^[>]*(?:\[([\s\S]*?)\]\s*)?>/i;
const GENERAL_ENTITY = /<!ENTITY\s+(?!%)/i;

export function neutraliseDoctype(xml: string): string {
  const match = DOCTYPE.exec(xml);
  if (!match) return xml;
  if (GENERAL_ENTITY.test(match[1] ?? '')) {
    throw new FeedError('ingest/parse', 'DOCTYPE declares entities; refused (entity expansion is never performed)');
  }
  return xml.slice(0, match.index) + xml.slice(match.index + match[0].length);
}
