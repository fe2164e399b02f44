// Which claim word met which item word, as each text wrote it ("ceasefire" met "آتش‌بس"), so an alert can show
// a reader why an item in a script they cannot read matched. Matching itself works on term ids; this reads the
// words again, and only for the claims that matched, after matching: the hot path does not pay for it.
import type { ActorMention, TermPair } from '../model.js';
import { normalizedWords } from '../normalize/index.js';
import { cleanForMatch, tokenInfo } from './analyze.js';
import { actorTerm, type ClaimQuery } from './claim-query.js';
import { conceptAt } from './concepts.js';

/** A run of letters, digits and marks as written; joiners stay inside ("آتش‌بس" is one word). */
const WRITTEN_WORD = /[\p{L}\p{N}\p{M}\u200C\u200D]+/gu;

/**
 * Each match term of a text (stem, concept, phonetic name key) with the words that wrote it, first occurrence
 * first: the same analysis as claims and items get (analyze.ts), keeping the written words beside the tokens.
 */
export function termSurfaces(raw: string): Map<string, string> {
  const tokens: string[] = [];
  const written: string[] = [];
  for (const word of cleanForMatch(raw).match(WRITTEN_WORD) ?? []) {
    for (const token of normalizedWords(word)) {
      tokens.push(token);
      written.push(word);
    }
  }
  const surfaces = new Map<string, string>();
  const keep = (term: string, surface: string) => {
    if (!surfaces.has(term)) surfaces.set(term, surface);
  };
  for (let i = 0; i < tokens.length; i++) {
    const info = tokenInfo(tokens[i] as string);
    const found = info.concept ? conceptAt(tokens, i) : undefined;
    if (found) {
      keep(found.concept.term, [...new Set(written.slice(i, i + found.length))].join(' '));
      i += found.length - 1;
    } else if (info.stem !== undefined) {
      keep(info.stem, written[i] as string);
      if (info.key) keep(info.key, written[i] as string);
    }
  }
  return surfaces;
}

export interface SurfaceSides {
  /** The claim's terms as its statement, keywords and required terms wrote them. */
  claim: ReadonlyMap<string, string>;
  /** The item's terms as written in it. */
  item: ReadonlyMap<string, string>;
  /** Tracked actors: their names (claim side) and the alias the item named them by. */
  actorNames: ReadonlyMap<string, string>;
  actorMentions: readonly ActorMention[];
}

/** The written pairs behind `found` (a verdict's terms, primary terms of `query`'s groups), in claim order. */
export function termPairs(query: ClaimQuery, found: readonly string[], sides: SurfaceSides): TermPair[] {
  const pairs: TermPair[] = [];
  const wanted = new Set(found);
  for (const group of query.groups) {
    if (!wanted.has(group.term)) continue;
    const actor = sides.actorMentions.find((m) => actorTerm(m.actorId) === group.term);
    const claim = actor ? sides.actorNames.get(actor.actorId) : sides.claim.get(group.term);
    const item = actor ? actor.alias : group.alternatives.map((t) => sides.item.get(t)).find((s) => s !== undefined);
    if (claim !== undefined && item !== undefined) pairs.push({ claim, item });
  }
  return pairs;
}
