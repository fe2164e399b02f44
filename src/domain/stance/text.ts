// Text helpers shared by stance and sourcing: one fold for en/fa/ar so lexicons written in any spelling match.
// TODO(normalize): delegate to src/domain/normalize once it lands, so matcher and judge fold alike.

const TASHKEEL_AND_TATWEEL = /[\u064B-\u065F\u0670\u0640]/g;
const LETTER_VARIANTS: Record<string, string> = {
  'ي': 'ی', 'ى': 'ی', 'ئ': 'ی', 'ك': 'ک', 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ؤ': 'و', 'ۀ': 'ه', 'ة': 'ه',
};
const LETTER_VARIANT_RE = new RegExp(`[${Object.keys(LETTER_VARIANTS).join('')}]`, 'g');
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Lower-cases and folds Arabic/Persian letter variants, diacritics, ZWNJ and native digits. Length may change. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(TASHKEEL_AND_TATWEEL, '')
    .replace(LETTER_VARIANT_RE, (c) => LETTER_VARIANTS[c] ?? c)
    .replace(EASTERN_DIGITS, (d) => String(d.charCodeAt(0) & 0xf))
    .replace(/[\u200C\u200D\u00A0]/g, ' ')
    .replace(/[’‘`]/g, "'");
}

/** Word tokens of already-folded text (letters, digits and in-word apostrophes). */
export function tokenize(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [];
}

/**
 * A regex over folded text with word edges that also work for Arabic script. Alternatives are folded too, so
 * they must not use upper-case escapes (\W, \S, \D).
 */
export function phraseRegex(alternatives: readonly string[], flags = 'gu'): RegExp {
  const body = alternatives.map((a) => fold(a)).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags);
}
