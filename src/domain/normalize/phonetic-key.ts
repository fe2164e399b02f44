// A consonant skeleton shared by Latin and Arabic-script spellings of a name, so variants meet by rule:
// Soleimani/Suleimani/سلیمانی → "slmn", Qassem/Ghasem/Kassem/قاسم → "ksm", Hajizadeh/حاجیزاده → "jzd".
// Vowels, h, w/v and y are dropped because Persian and Arabic script leave short vowels unwritten and use
// the same letters (ا و ی ه) for long vowels and consonants; q/gh/g/k/c merge, doubled letters collapse.
// Known cost: names that differ only in vowels collide (Khamenei and Khomeini both give "Xmn"); the actor
// finder sends such a spelling to the closest alias, but a claim term still meets the other name by its key.

const LATIN_DIGRAPHS: ReadonlyArray<readonly [RegExp, string]> = [
  [/kh/g, 'X'],
  [/sh/g, 'S'],
  [/ch/g, 'C'],
  [/zh/g, 'z'],
  [/dh/g, 'z'],
  [/th/g, 't'],
  [/ph/g, 'f'],
  [/dj/g, 'j'],
  [/x/g, 'ks'],
];
const LATIN: Record<string, string> = {
  b: 'b', c: 'k', d: 'd', f: 'f', g: 'k', j: 'j', k: 'k', l: 'l', m: 'm', n: 'n', p: 'p', q: 'k', r: 'r', s: 's',
  t: 't', z: 'z', X: 'X', S: 'S', C: 'C',
};
/** Arabic-script consonants (after normalizeText's letter unification) in the same space as LATIN. */
const ARABIC: Record<string, string> = {
  'ب': 'b', 'پ': 'p', 'ت': 't', 'ث': 's', 'ج': 'j', 'چ': 'C', 'خ': 'X', 'د': 'd', 'ذ': 'z', 'ر': 'r', 'ز': 'z',
  'ژ': 'z', 'س': 's', 'ش': 'S', 'ص': 's', 'ض': 'z', 'ط': 't', 'ظ': 'z', 'غ': 'k', 'ف': 'f', 'ق': 'k', 'ک': 'k',
  'گ': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n',
};
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
const LATIN_SCRIPT = /^[a-z]+$/;
/** Latin spellings of the Arabic article, written as their own token after normalisation ("al-Quds" → "al quds"). */
export const ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ul']);
const ARABIC_ARTICLE = /^ال(?=..)/;
/** Longer "words" are junk or joined text, never a name: no key, and no cost on a megabyte without spaces. */
const MAX_NAME_LETTERS = 40;

function collapse(key: string): string {
  let out = '';
  let last = '';
  for (const c of key) {
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** The phonetic key of one normalised Latin token ("suleimani" → "slmn"); '' for non-Latin tokens. */
export function foldLatinName(token: string): string {
  if (!LATIN_SCRIPT.test(token)) return '';
  let t = token;
  for (const [re, to] of LATIN_DIGRAPHS) t = t.replace(re, to);
  let key = '';
  for (const c of t) key += LATIN[c] ?? '';
  return collapse(key);
}

/** The phonetic key of one normalised Arabic-script token, article removed ("القدس" → "kds"). */
export function foldArabicScriptName(token: string): string {
  let key = '';
  for (const c of token.replace(ARABIC_ARTICLE, '')) key += ARABIC[c] ?? '';
  return collapse(key);
}

/** The phonetic key of a normalised token in either script; '' for other scripts, digits and articles. */
export function phoneticKey(token: string): string {
  if (ARTICLES.has(token) || token.length > MAX_NAME_LETTERS) return '';
  if (ARABIC_SCRIPT.test(token)) return foldArabicScriptName(token);
  return foldLatinName(token);
}

/** The key of adjacent tokens read as one word: "amir"+"ali" meets "amirali" ("mr"+"l" = "mrl"). */
export function joinKeys(keys: readonly string[]): string {
  return keys.reduce(extendKey, '');
}

/**
 * joinKeys([key, next]) for keys that are already collapsed (as every phonetic key is), built without an array:
 * only the letter where they meet can repeat. The actor finder extends a span's key this way, token by token.
 */
export function extendKey(key: string, next: string): string {
  return next !== '' && key.endsWith(next[0] as string) ? key + next.slice(1) : key + next;
}
