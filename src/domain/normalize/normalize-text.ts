// One text fold for English, Persian and Arabic, shared by the matcher and the stance judge so a lexicon, a
// claim and an item written in any spelling meet. normalizeText is idempotent: normalizing twice changes nothing.
// Hot path (every feed item): one pass over the text; only chunks holding non-ASCII characters pay for the
// Unicode normal forms, and each of their characters is folded by a precomputed table, not by regex passes.

/** Diacritics that carry no identity for matching: Latin accents, Arabic harakat/Quranic marks, Hebrew niqqud. */
const MARKS = /[\u0300-\u036F\u0591-\u05C7\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/;
/** Invisible joiners and bidi controls: ZWNJ/ZWJ join the word back ("حاجی‌زاده" → "حاجیزاده"). */
const INVISIBLE = /[\u00AD\u061C\u0640\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;
/**
 * Arabic letter variants onto the Persian forms (Persian keyboards and Arabic text use different code points);
 * ß is the one Latin letter whose lower case still differs from its case fold.
 */
const LETTERS: Record<string, string> = {
  'ي': 'ی', 'ى': 'ی', 'ك': 'ک', 'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه', 'ٱ': 'ا', 'ء': '', 'ß': 'ss',
};
const WORD = /^[\p{L}\p{N}]$/u;
const DECIMAL = /^\p{Nd}$/u;

/** Any script's decimal digit as ASCII: Unicode lays each script's digits out as a run of ten from zero. */
function asciiDigit(d: string): string {
  let zero = d.codePointAt(0) ?? 0;
  const cp = zero;
  while (DECIMAL.test(String.fromCodePoint(zero - 1))) zero--;
  return String((cp - zero) % 10);
}

/** What one character (after the normal forms) becomes: '' dropped, ' ' a word break, else its folded form. */
function fold(c: string): string {
  if (MARKS.test(c) || INVISIBLE.test(c)) return '';
  const letter = LETTERS[c];
  if (letter !== undefined) return letter;
  if (DECIMAL.test(c)) return asciiDigit(c);
  return WORD.test(c) ? c : ' ';
}

/** fold() for every BMP code unit, built on first use (surrogate halves fall back to fold() per pair). */
let bmpTable: string[] | undefined;
function table(): string[] {
  if (!bmpTable) {
    bmpTable = new Array<string>(0x10000);
    for (let c = 0; c < 0x10000; c++) bmpTable[c] = c >= 0xd800 && c <= 0xdfff ? '' : fold(String.fromCharCode(c));
  }
  return bmpTable;
}
const astral = new Map<string, string>();

const isAsciiSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);
const NON_ASCII = /[^\x00-\x7f]/g;

/** Calls `visit` with each word of normalizeText(text) as a span of `source` (no string is cut out for it). */
export type WordVisitor = (source: string, start: number, end: number) => void;

/** The full fold of one whitespace-free chunk holding non-ASCII characters, each word visited. */
function foldChunk(chunk: string, visit: WordVisitor): void {
  const s = chunk.normalize('NFKC').toLowerCase().normalize('NFKD');
  const folds = table();
  let word = '';
  const flush = () => {
    if (word !== '') {
      const composed = word.normalize('NFC');
      visit(composed, 0, composed.length);
    }
    word = '';
  };
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    let folded: string;
    if (code < 0xd800 || code > 0xdfff) folded = folds[code] as string;
    else {
      const next = s.charCodeAt(i + 1);
      const pair = code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
      const c = pair ? s.slice(i, i + 2) : (s[i] as string);
      if (pair) i++;
      folded = astral.get(c) ?? fold(c);
      if (astral.size < 10_000) astral.set(c, folded);
    }
    if (folded === ' ') flush();
    else word += folded;
  }
  flush();
}

const isAsciiWordChar = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/** The words of an ASCII stretch that starts and ends at a word break: runs of [a-z0-9] once lower-cased. */
function visitAsciiWords(text: string, from: number, to: number, visit: WordVisitor): void {
  const lower = text.slice(from, to).toLowerCase();
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const word = i < lower.length && isAsciiWordChar(lower.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      visit(lower, start, i);
      start = -1;
    }
  }
}

/**
 * The words of normalizeText(text), in order, without building the string. ASCII whitespace is a hard
 * boundary for every step of the fold (it never composes, is not case-ignorable, and is a word break), so the
 * text is cut there: whitespace-free chunks holding a non-ASCII character get the full fold, the ASCII
 * stretches between them a lower-casing and one scan.
 */
export function visitWords(text: string, visit: WordVisitor): void {
  let done = 0;
  NON_ASCII.lastIndex = 0;
  for (let hit = NON_ASCII.exec(text); hit; hit = NON_ASCII.exec(text)) {
    let start = hit.index;
    while (start > done && !isAsciiSpace(text.charCodeAt(start - 1))) start--;
    let end = hit.index + 1;
    while (end < text.length && !isAsciiSpace(text.charCodeAt(end))) end++;
    visitAsciiWords(text, done, start, visit);
    foldChunk(text.slice(start, end), visit);
    done = end;
    NON_ASCII.lastIndex = end;
  }
  visitAsciiWords(text, done, text.length, visit);
}

/** The words of normalizeText(text). */
export function normalizedWords(text: string, into: string[] = []): string[] {
  visitWords(text, (source, start, end) => into.push(source.slice(start, end)));
  return into;
}

/**
 * NFKC, lower case, no diacritics or invisible marks, Arabic/Persian letters unified, digits ASCII,
 * everything that is not a letter or digit a single space, trimmed.
 */
export function normalizeText(text: string): string {
  return normalizedWords(text).join(' ');
}

/** Word tokens. Accepts raw or normalised text (normalizing is idempotent); hot paths split normalised text. */
export function tokenize(text: string): string[] {
  return normalizedWords(text);
}
