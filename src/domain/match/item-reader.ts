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

/** Phonetic name keys ("~slmn") and actor terms ("@@id") stand for words the item already counts. */
const echoesAWord = (term: string) => term.startsWith('~') || term.startsWith('@@');

/** `weightOf` gives any term's weight in this claim collection, including terms no claim uses. */
export function createItemReader(table: ClaimTable, weightOf: (term: string) => number, finder: ActorFinder): ItemReader {
  const claimTerms = table.termIds.size;
  const weights: number[] = [];
  for (const [term, id] of table.termIds) weights[id] = echoesAWord(term) ? 0 : weightOf(term);
  let others = new Map<string, number>();
  // The lexicon: token -> index into parallel arrays of small integers (kept unboxed, so a lookup is one table
  // probe and no object to chase): the term ids of its stem and name key (or NO_TERM), flags, its phonetic key.
  let lexicon = createSpanTable();
  const stems: number[] = [];
  const nameKeys: number[] = [];
  const flags: number[] = [];
  const rawKeys: string[] = [];
  // Stamps "already counted in this item" per id without clearing an array per item.
  let counted = new Uint32Array(claimTerms + 1024);
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
    stems.push(info.stem === undefined ? NO_TERM : idOf(info.stem));
    nameKeys.push(info.key === undefined ? NO_TERM : idOf(info.key));
    flags.push((info.concept ? CONCEPT : 0) | (finder.mayStart(token, info.rawKey) ? ACTOR_START : 0));
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
      stems.length = nameKeys.length = flags.length = rawKeys.length = 0;
    }
    generation = (generation + 1) >>> 0 || 1;
    if (generation === 1) counted.fill(0);
    table.beginItem();
    const ids: number[] = [];
    let weight = 0;
    const add = (id: number) => {
      if (id >= counted.length) counted = grown(counted, id);
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
    const keys = new Array<string>(tokens.length);
    const starts: number[] = [];
    // Tokens inside a concept's phrase ("cease fire") count as the concept, not as words of their own.
    let conceptEnd = 0;
    for (let i = 0; i < tokens.length; i++) {
      const lexeme = lexemes[i] as number;
      const flag = flags[lexeme] as number;
      keys[i] = rawKeys[lexeme] as string;
      if (flag & ACTOR_START) starts.push(i);
      if (i < conceptEnd) continue;
      const found = flag & CONCEPT ? conceptAt(tokens, i) : undefined;
      const stem = stems[lexeme] as number;
      if (found) {
        add(idOf(found.concept.term));
        conceptEnd = i + found.length;
      } else if (stem !== NO_TERM) {
        add(stem);
        const key = nameKeys[lexeme] as number;
        if (key !== NO_TERM) add(key);
      }
    }
    const actors = starts.length > 0 ? finder.find(tokens, keys, starts) : [];
    for (const m of actors) add(idOf(actorTerm(m.actorId)));
    return { ids, weight, actors, has };
  };
}

function grown(stamps: Uint32Array, id: number): Uint32Array<ArrayBuffer> {
  const next = new Uint32Array(Math.max(id + 1, stamps.length * 2));
  next.set(stamps);
  return next;
}
