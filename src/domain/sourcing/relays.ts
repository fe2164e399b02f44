// Relays: outlets an item says it is passing on ("according to Tasnim", "ILNA carried the report"). Names in
// the outlet registry resolve to the Source and its label; unknown outlets named as such keep only the name.
import type { Relay, Source } from '../model.js';
import { normalizeText } from '../normalize/index.js';

const BEFORE_WINDOW = 70;
const AFTER_WINDOW = 90;
const W = '[\\p{L}\\p{N}\'’.-]+';
/** A relay cue, then at most four words, right before the outlet's name. */
const CUE_BEFORE = new RegExp(
  `(?:according to|cited by|citing|quoted by|quoting|carried by|reported by|reports? by|published by|told|` +
    `outlet|agency|website|newspaper|daily|channel|broadcaster|به گزارش|به نقل از|نقل از|به نوشته|` +
    `نقلا عن|نقلا ل|وفقا ل|بحسب|حسب|ذکرت|افادت|نقلت|اوردت|قالت|وکاله|صحیفه|قناه)` +
    `\\s*(?:${W}\\s+){0,4}$`,
  'u',
);
/**
 * The outlet's name, at most three words, then a verb of publishing; or the first of two outlets joined by
 * "and"/"or" ("ILNA and the site Shahre Khabar carried the report").
 */
const CUE_AFTER = new RegExp(
  `^\\s*(?:(?:and|or|و|یا)\\s+(?:${W}\\s+){0,4}?)?(?:${W}\\s+){0,3}?(?:reported|reports|carried|quoted|cited|published|wrote|said|says|ran the|` +
    `گزارش داد|گزارش کرد|نوشت|منتشر کرد|اعلام کرد|مدعی شد|ذکرت|افادت|نقلت|نشرت)`,
  'u',
);
const UNKNOWN_OUTLET = [
  /\b(?:outlet|news agency|newspaper|news site|news website|broadcaster)\s+((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,3})/g,
  /\b((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\s+news agency\b/g,
];
const LEADING_ARTICLE = /^(?:The|A|An|Semi-official|Official|State)\s+/;

interface AliasEntry {
  folded: string;
  written: string;
  source: Source;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

function aliasEntries(sources: readonly Source[]): AliasEntry[] {
  const entries = sources.flatMap((source) =>
    [source.name, ...source.aliases].map((written) => ({ folded: normalizeText(written).trim(), written, source })),
  );
  // Longest first, so "Tasnim News Agency" wins over "Tasnim" at the same place.
  return entries.filter((e) => e.folded.length >= 2).sort((a, b) => b.folded.length - a.folded.length);
}

function writtenForm(original: string, entry: AliasEntry): string {
  const at = original.toLowerCase().indexOf(entry.written.toLowerCase());
  return at < 0 ? entry.written : original.slice(at, at + entry.written.length);
}

export function createRelayFinder(sources: readonly Source[]): (text: string) => Relay[] {
  const entries = aliasEntries(sources);
  return (text) => {
    const folded = normalizeText(text);
    const relays = new Map<string, Relay>();
    for (const entry of entries) {
      if (relays.has(entry.source.id)) continue;
      for (let at = folded.indexOf(entry.folded); at >= 0; at = folded.indexOf(entry.folded, at + 1)) {
        const end = at + entry.folded.length;
        if (isWordChar(folded[at - 1]) || isWordChar(folded[end])) continue;
        const before = folded.slice(Math.max(0, at - BEFORE_WINDOW), at);
        const after = folded.slice(end, end + AFTER_WINDOW);
        if (!CUE_BEFORE.test(before) && !CUE_AFTER.test(after)) continue;
        relays.set(entry.source.id, { name: writtenForm(text, entry), sourceId: entry.source.id, label: entry.source.label });
        break;
      }
    }
    const known = new Set(entries.map((e) => e.folded));
    for (const pattern of UNKNOWN_OUTLET) {
      for (const m of text.matchAll(pattern)) {
        const name = (m[1] ?? '').replace(LEADING_ARTICLE, '').trim();
        const key = normalizeText(name);
        if (name.length < 2 || known.has(key) || relays.has(`?${key}`)) continue;
        if ([...known].some((k) => key.includes(k))) continue;
        relays.set(`?${key}`, { name });
      }
    }
    return [...relays.values()];
  };
}
