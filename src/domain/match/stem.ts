// Light, rule-based stemming so inflections meet ("retaliated"/"retaliation"/"retaliate" → "retaliat").
// Deliberately conservative: a stem keeps at least three letters, and Arabic-script words lose only the
// article and the commonest plural/adjective endings, since Persian and Arabic share the script.

const EN_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['ational', 'at'], ['ations', 'at'], ['ation', 'at'], ['ings', ''], ['ing', ''], ['ies', 'y'], ['ied', 'y'],
  ['edly', ''], ['ed', ''], ['ments', ''], ['ment', ''], ['ly', ''], ['es', ''], ['s', ''],
];
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
const AR_PREFIXES = ['وال', 'بال', 'کال', 'فال', 'لل', 'ال'];
const AR_SUFFIXES = ['های', 'ها', 'ات', 'ون', 'ین'];
const MIN_STEM = 3;

function stemLatin(word: string): string {
  if (word.length <= MIN_STEM + 1 || /(?:ss|us|is)$/.test(word)) return word;
  for (const [suffix, replacement] of EN_SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length) + replacement;
    if (stem.length < MIN_STEM) return word;
    return stem.endsWith('e') && stem.length > MIN_STEM ? stem.slice(0, -1) : stem;
  }
  return word.endsWith('e') ? word.slice(0, -1) : word;
}

function stemArabicScript(word: string): string {
  let w = word;
  const prefix = AR_PREFIXES.find((p) => w.startsWith(p) && w.length - p.length >= MIN_STEM);
  if (prefix) w = w.slice(prefix.length);
  const suffix = AR_SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= MIN_STEM);
  if (suffix) w = w.slice(0, -suffix.length);
  if (w.endsWith('ی') && w.length > MIN_STEM + 1) w = w.slice(0, -1);
  return w;
}

/** The stem of one normalised token. */
export function stem(token: string): string {
  return ARABIC_SCRIPT.test(token) ? stemArabicScript(token) : stemLatin(token);
}
