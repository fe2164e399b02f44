// Turns text into match terms, the same way for stored claims and incoming items: normalised tokens, concept
// terms ("@iran") for the equivalence tables, light stems for the rest, and phonetic name keys ("~slmn") so a
// name meets its spelling variants and its Persian/Arabic spelling.
import { normalizedWords, normalizeText, phoneticKey } from '../normalize/index.js';
import { conceptAt, startsConcept } from './concepts.js';
import { stem } from './stem.js';
import { STOPWORDS } from './stopwords.js';

/** A claim word with everything that counts as finding it in an item. */
export interface TermGroup {
  /** The primary term (stem or concept), used as its name in results. */
  term: string;
  /** The spellings that count as the group present: the primary term first, then its phonetic name key if any. */
  alternatives: string[];
  place: boolean;
  /** How often the text uses it: BM25's term frequency when claims are ranked. */
  occurrences: number;
}

export interface AnalysedText {
  tokens: string[];
  /** Each token's phonetic key ('' when it has none), for the actor finder. */
  keys: string[];
  terms: Set<string>;
}

const MIN_KEY = 3;
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
/** "US"/"U.S." is the country, "us" the pronoun: only the raw text can tell them apart. */
const US_ABBREVIATION = /\bU\.S\.(?:A\.)?|\bUSA?\b/g;
/**
 * Links are identifiers, not words: their fragments would only add noise terms (a tweet's photo link is often
 * glued to the word before it: "#Fakepic.twitter.com/..."). Hashtags and handles name things in camel case
 * ("#FakeNews", "@BarackObama"): their parts are words.
 */
const LINKS_AND_TAGS = /\b(?:https?:\/\/|www\.)\S*|pic\.twitter\.com\/\S*|(?<![\p{L}\p{N}])[#@](\w+?)(?=pic\.twitter\.com\/|(?!\w))/gu;
/** "1,000" is one number, not "1" and a "000" that every figure in thousands shares. */
const THOUSANDS_SEPARATOR = /(\d),(?=\d{3}(?!\d))/g;
/** Word breaks inside a camel-case tag: "realDonaldTrump", "NYCMayor", "Trump2020". */
const CAMEL_BREAK = /(?<=[a-z])(?=[A-Z\d])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=\d)(?=[A-Za-z])|_/g;

export interface TokenInfo {
  /** Whether a concept variant begins with this token (then conceptAt decides). */
  concept: boolean;
  stem: string | undefined;
  key: string | undefined;
  rawKey: string;
}

/** Token analysis is pure and the vocabulary of news is small, so a bounded cache saves most of the work. */
const cache = new Map<string, TokenInfo>();
const CACHE_LIMIT = 200_000;

export function tokenInfo(token: string): TokenInfo {
  let info = cache.get(token);
  if (info) return info;
  const key = phoneticKey(token);
  info = { concept: startsConcept(token), stem: STOPWORDS.has(token) ? undefined : stem(token), key: key.length >= MIN_KEY ? `~${key}` : undefined, rawKey: key };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(token, info);
  return info;
}

/** A tag's words; a tag of digits alone is an id (a chat mention such as "<@123>"), not a word of the text. */
const tagWords = (_: string, tag: string | undefined) => (tag === undefined || /^\d+$/.test(tag) ? ' ' : ` ${tag.replace(CAMEL_BREAK, ' ')} `);
/** Raw text ready for normalising: links dropped, tags split into words, the country "US" marked, numbers whole. */
export const cleanForMatch = (raw: string) => raw.replace(LINKS_AND_TAGS, tagWords).replace(US_ABBREVIATION, ' usa ').replace(THOUSANDS_SEPARATOR, '$1');

export function normalizeForMatch(raw: string): string {
  return normalizeText(cleanForMatch(raw));
}

/** Walks the tokens, calling `visit` with each concept or content token's analysis. */
function walk(tokens: readonly string[], visit: (token: string, primary: string, key: string | undefined, place: boolean) => void): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const info = tokenInfo(token);
    const found = info.concept ? conceptAt(tokens, i) : undefined;
    if (found) {
      visit(token, found.concept.term, undefined, found.concept.place);
      i += found.length - 1;
    } else if (info.stem !== undefined) visit(token, info.stem, info.key, false);
  }
}

/**
 * An item's tokens, their name keys and its terms: the readable form of item analysis (the engine's item
 * reader does the same per engine with term ids, and is tested against this).
 */
export function analyseItem(raw: string): AnalysedText {
  const tokens = normalizedWords(cleanForMatch(raw));
  const keys = new Array<string>(tokens.length);
  const terms = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const info = tokenInfo(tokens[i] as string);
    keys[i] = info.rawKey;
    const found = info.concept ? conceptAt(tokens, i) : undefined;
    if (found) {
      terms.add(found.concept.term);
      for (let k = 1; k < found.length; k++) keys[i + k] = tokenInfo(tokens[i + k] as string).rawKey;
      i += found.length - 1;
    } else if (info.stem !== undefined) {
      terms.add(info.stem);
      if (info.key) terms.add(info.key);
    }
  }
  return { tokens, keys, terms };
}

/** Capitalised words of the raw text: names, whose spelling varies, get a phonetic alternative. */
function capitalised(raw: string): Set<string> {
  return new Set((raw.match(/\p{Lu}[\p{L}\p{M}]+/gu) ?? []).map((w) => normalizeText(w)));
}

/** The term groups of a claim's statement or term list, in order of first occurrence, each with its count. */
export function analyseClaimText(raw: string): TermGroup[] {
  const names = capitalised(raw);
  const normalized = normalizeForMatch(raw);
  const groups = new Map<string, TermGroup>();
  walk(normalized === '' ? [] : normalized.split(' '), (token, primary, key, place) => {
    const seen = groups.get(primary);
    if (seen) return void seen.occurrences++;
    const useKey = key !== undefined && (ARABIC_SCRIPT.test(token) || names.has(token));
    groups.set(primary, { term: primary, alternatives: useKey ? [primary, key] : [primary], place, occurrences: 1 });
  });
  return [...groups.values()];
}
