// Splits the item into sentences and keeps a bounded set worth reading, so a 1 MB body costs what ~100
// sentences cost: the lead (where news states its point) plus the sentences that share most with the claim.
import { normalizeText } from '../normalize/index.js';
import { words } from './text.js';
import { STOPWORDS } from './lexicon.js';

const MAX_BODY_CHARS = 200_000;
const LEAD_SENTENCES = 12;
const MAX_OVERLAPPING = 24;
const MAX_SENTENCE_CHARS = 600;

export interface Sentence {
  /** As written (trimmed), for evidence and speaker names. */
  text: string;
  /** normalizeText(text), for cue regexes. */
  folded: string;
  stems: string[];
  isTitle: boolean;
  /** Index among the body's sentences (titles: -1), so a sentence's predecessor can be found. */
  position: number;
  /** Share of the claim's stems this sentence contains. */
  overlap: number;
}

/** Crude cross-language stem: drop the Arabic article and cut to five letters, enough for overlap counts. */
export function stem(token: string): string {
  const bare = token.length > 4 ? token.replace(/^(?:و|ف|ب|ل)?ال/, '') : token;
  return bare.slice(0, 5);
}

export function contentStems(folded: string): string[] {
  return words(folded)
    .filter((t) => !STOPWORDS.has(t) && (t.length > 1 || /\d/.test(t)))
    .map(stem);
}

export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?؟。])\s+|\n+|(?<=[؛;])\s+/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s))
    .map((s) => s.slice(0, MAX_SENTENCE_CHARS));
}

function overlapWith(claim: ReadonlySet<string>, stems: readonly string[]): number {
  if (claim.size === 0) return 0;
  let hits = 0;
  for (const s of new Set(stems)) if (claim.has(s)) hits++;
  return hits / claim.size;
}

/**
 * `fixedOverlap` replaces the measured overlap when claim and item are in different scripts: words cannot be
 * compared, and the judge only sees pairs the matcher already linked, so every sentence counts as moderately
 * close and the cue words decide.
 */
export function readSentences(claimStems: ReadonlySet<string>, title: string, body: string, fixedOverlap?: number): Sentence[] {
  const make = (text: string, position: number): Sentence => {
    const folded = normalizeText(text);
    const stems = contentStems(folded);
    return { text, folded, stems, isTitle: position < 0, position, overlap: fixedOverlap ?? overlapWith(claimStems, stems) };
  };
  const titles = splitSentences(title).slice(0, 3).map((t) => make(t, -1));
  const all = splitSentences(body.slice(0, MAX_BODY_CHARS));
  const lead = all.slice(0, LEAD_SENTENCES).map((s, i) => make(s, i));
  const rest = all
    .slice(LEAD_SENTENCES)
    .map((s, i) => make(s, LEAD_SENTENCES + i))
    .filter((s) => s.overlap > 0)
    .sort((a, b) => b.overlap - a.overlap)
    .slice(0, MAX_OVERLAPPING);
  return [...titles, ...lead, ...rest];
}
