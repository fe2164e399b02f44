// Reads an item into the engine's term ids in one pass. Each distinct token is analysed once per engine (its
// stem, name key, whether a concept or a tracked actor's alias may start there) and remembered with the ids of
// its terms, so a 2 KB item costs one table probe per word, found in place in the normalised text: cutting a
// string per word and hashing it into large maps per token, term and alias prefix is what a feed item's
// analysis otherwise spends its time on.
import type { ActorMention } from '../model.js';
import type { ActorFinder } from './actor-finder.js';
import { visitWords } from '../normalize/index.js';
import { cleanForMatch, tokenInfo } from './analyze.js';
import { actorTerm } from './claim-query.js';
import type { ClaimTable } from './claim-table.js';
import { conceptAt } from './concepts.js';
import { createSpanTable, hashSpan } from './span-table.js';
import type { TermLookup } from './verifier.js';

export interface ReadItem extends TermLookup {
  /** Distinct ids of the item's terms that some claim uses (marked present in the claim table). */
  ids: number[];
  /** Summed weight of the item's own distinct words (stems and concepts), for the Dice overlap. */
  weight: number;
  actors: ActorMention[];
  /** Whether the item holds a term: valid until the next item is read. */
  has(term: string): boolean;
}

export type ItemReader = (raw: string) => ReadItem;

const NO_TERM = -1;
const CONCEPT = 1;
const ACTOR_START = 2;
/** Words no claim uses get ids too, to count each once; past this many words or terms the memo starts afresh. */
const VOCABULARY_LIMIT = 200_000;
/** A lexicon word's record: its stem's term id, its name key's, its flags, the last item that counted it. */
const LEXEME_FIELDS = 4;
const STEM = 0;
const NAME_KEY = 1;
const FLAGS = 2;
const COUNTED_IN = 3;

/** Phonetic name keys ("~slmn") and actor terms ("@@id") stand for words the item already counts. */
const echoesAWord = (term: string) => term.startsWith('~') || term.startsWith('@@');

/** `weightOf` gives any term's weight in this claim collection, including terms no claim uses. */
export function createItemReader(table: ClaimTable, weightOf: (term: string) => number, finder: ActorFinder): ItemReader {
  const claimTerms = table.termIds.size;
  const weights: number[] = [];
  for (const [term, id] of table.termIds) weights[id] = echoesAWord(term) ? 0 : weightOf(term);
  let others = new Map<string, number>();
  // The lexicon: token -> index into a record of small integers per word (kept unboxed and together, so a word
  // costs one table probe and one record read): the term ids of its stem and name key (or NO_TERM), flags, and
  // the last item that counted it. Its phonetic key, for the actor finder, is kept beside.
  let lexicon = createSpanTable();
  let lexemeInfo = new Int32Array(LEXEME_FIELDS * 4096);
  const rawKeys: string[] = [];
  // Stamps "already counted in this item" per id without clearing an array per item.
  let counted = new Int32Array(claimTerms + 1024);
  let generation = 0;

  const idOf = (term: string): number => {
    const id = table.termIds.get(term);
    if (id !== undefined) return id;
    let other = others.get(term);
    if (other === undefined) {
      other = claimTerms + others.size;
      others.set(term, other);
      weights[other] = echoesAWord(term) ? 0 : weightOf(term);
    }
    return other;
  };
  const learn = (token: string, hash: number): number => {
    const info = tokenInfo(token);
    const index = lexicon.add(token, hash);
    if (LEXEME_FIELDS * (index + 1) > lexemeInfo.length) lexemeInfo = grown(lexemeInfo, LEXEME_FIELDS * (index + 1));
    const at = LEXEME_FIELDS * index;
    lexemeInfo[at + STEM] = info.stem === undefined ? NO_TERM : idOf(info.stem);
    lexemeInfo[at + NAME_KEY] = info.key === undefined ? NO_TERM : idOf(info.key);
    lexemeInfo[at + FLAGS] = (info.concept ? CONCEPT : 0) | (finder.mayStart(token, info.rawKey) ? ACTOR_START : 0);
    lexemeInfo[at + COUNTED_IN] = 0;
    rawKeys.push(info.rawKey);
    return index;
  };
  // The current item's words, as lexicon entries and as the lexicon's own strings (no string per word).
  const lexemes: number[] = [];
  const tokens: string[] = [];
  const collect = (source: string, start: number, end: number) => {
    const hash = hashSpan(source, start, end);
    let lexeme = lexicon.find(source, start, end, hash);
    if (lexeme < 0) lexeme = learn(source.slice(start, end), hash);
    lexemes.push(lexeme);
    tokens.push(lexicon.word(lexeme));
  };
  const has = (term: string) => {
    const id = table.termIds.get(term);
    return id !== undefined && table.isPresent(id);
  };

  return (raw) => {
    if (others.size > VOCABULARY_LIMIT || lexicon.size > VOCABULARY_LIMIT) {
      others = new Map();
      lexicon = createSpanTable();
      weights.length = claimTerms;
      rawKeys.length = 0;
    }
    generation = (generation + 1) | 0 || 1;
    if (generation === 1) {
      counted.fill(0);
      for (let at = COUNTED_IN; at < lexemeInfo.length; at += LEXEME_FIELDS) lexemeInfo[at] = 0;
    }
    table.beginItem();
    const ids: number[] = [];
    let weight = 0;
    const add = (id: number) => {
      if (id >= counted.length) counted = grown(counted, id + 1);
      if (counted[id] === generation) return;
      counted[id] = generation;
      weight += weights[id] as number;
      if (id < claimTerms) {
        table.mark(id);
        ids.push(id);
      }
    };
    lexemes.length = 0;
    tokens.length = 0;
    visitWords(cleanForMatch(raw), collect);
    const starts: number[] = [];
    // Tokens inside a concept's phrase ("cease fire") count as the concept, not as words of their own.
    let conceptEnd = 0;
    for (let i = 0; i < tokens.length; i++) {
      const at = LEXEME_FIELDS * (lexemes[i] as number);
      const flag = lexemeInfo[at + FLAGS] as number;
      if (flag & ACTOR_START) starts.push(i);
      if (i < conceptEnd) continue;
      const found = flag & CONCEPT ? conceptAt(tokens, i) : undefined;
      if (found) {
        add(idOf(found.concept.term));
        conceptEnd = i + found.length;
      } else if (lexemeInfo[at + COUNTED_IN] !== generation && lexemeInfo[at + STEM] !== NO_TERM) {
        // A word already counted in this item adds nothing more.
        lexemeInfo[at + COUNTED_IN] = generation;
        add(lexemeInfo[at + STEM] as number);
        const key = lexemeInfo[at + NAME_KEY] as number;
        if (key !== NO_TERM) add(key);
      }
    }
    const keys = starts.length > 0 ? lexemes.map((lexeme) => rawKeys[lexeme] as string) : [];
    const actors = starts.length > 0 ? finder.find(tokens, keys, starts) : [];
    for (const m of actors) add(idOf(actorTerm(m.actorId)));
    return { ids, weight, actors, has };
  };
}

function grown(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}
