// Cue-phrase matching on text folded by normalizeText (src/domain/normalize): after folding, words are
// separated by single spaces and punctuation is gone, so phrases are matched between spaces.
import { normalizeText } from '../normalize/index.js';

/**
 * Folds the letters of a regex source the way normalizeText folds text, leaving regex syntax alone; an
 * apostrophe becomes the space normalizeText leaves in its place ("didn't" → "didn t"). Sources must not use
 * escapes that depend on case (\W, \S, \D, \p{..}).
 */
export function foldPattern(source: string): string {
  return source.replace(/[\p{L}\p{M}]+/gu, (run) => normalizeText(run) || run).replace(/['’]/g, ' ');
}

/** A global regex for any of the phrases as whole words in normalised text. */
export function phraseRegex(alternatives: readonly string[]): RegExp {
  return new RegExp(`(?:^| )(?:${alternatives.map(foldPattern).join('|')})(?= |$)`, 'gu');
}

/** The words of already-normalised text. */
export function words(normalized: string): string[] {
  return normalized === '' ? [] : normalized.split(' ');
}
