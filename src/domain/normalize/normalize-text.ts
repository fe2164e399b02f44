// One text fold for English, Persian and Arabic, shared by the matcher and the stance judge so a lexicon, a
// claim and an item written in any spelling meet. normalizeText is idempotent: normalizing twice changes nothing.

/** Diacritics that carry no identity for matching: Latin accents, Arabic harakat/Quranic marks, Hebrew niqqud. */
const MARKS = /[\u0300-\u036F\u0591-\u05C7\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
/** Invisible joiners and bidi controls: ZWNJ/ZWJ join the word back ("حاجی‌زاده" → "حاجیزاده"). */
const INVISIBLE = /[\u00AD\u061C\u0640\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
/**
 * Arabic letter variants onto the Persian forms (Persian keyboards and Arabic text use different code points);
 * ß is the one Latin letter whose lower case still differs from its case fold.
 */
const LETTERS: Record<string, string> = {
  'ي': 'ی', 'ى': 'ی', 'ك': 'ک', 'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه', 'ٱ': 'ا', 'ء': '', 'ß': 'ss',
};
const LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const DIGIT = /\p{Nd}/gu;
const ASCII_DIGIT = /[0-9]/;
const DECIMAL = /^\p{Nd}$/u;

const digitCache = new Map<string, string>();

/** Any script's decimal digit as ASCII: Unicode lays each script's digits out as a run of ten from zero. */
function asciiDigit(d: string): string {
  if (ASCII_DIGIT.test(d)) return d;
  let value = digitCache.get(d);
  if (value === undefined) {
    let cp = d.codePointAt(0) ?? 0;
    let zero = cp;
    while (DECIMAL.test(String.fromCodePoint(zero - 1))) zero--;
    cp = (cp - zero) % 10;
    value = String(cp);
    digitCache.set(d, value);
  }
  return value;
}

/**
 * NFKC, lower case, no diacritics or invisible marks, Arabic/Persian letters unified, digits ASCII,
 * everything that is not a letter or digit a single space, trimmed.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(INVISIBLE, '')
    .replace(LETTER_RE, (c) => LETTERS[c] ?? c)
    .replace(DIGIT, asciiDigit)
    .replace(NOT_WORD, ' ')
    .trim()
    .normalize('NFC');
}

/** Word tokens. Accepts raw or normalised text (normalizing is idempotent); hot paths split normalised text. */
export function tokenize(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : normalized.split(' ');
}
