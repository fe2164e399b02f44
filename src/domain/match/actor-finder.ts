// Finds tracked actors in normalised item tokens by name or alias, in any script and spelling: aliases and
// text are compared as phonetic keys of adjacent tokens read as one word ("Amir Ali" meets "Amirali" and
// "امیرعلی"). A person is also found by surname alone ("سردار حاجی‌زاده"), when the surname is distinctive.
// Keys drop vowels, so different people can share one (Khamenei and Khomeini are both "Xmn"): an exact alias wins,
// and a variant spelling goes to the actor whose alias is spelt closest to it.
import { distance } from 'fastest-levenshtein';
import type { Actor, ActorMention } from '../model.js';
import { ARTICLES, extendKey, joinKeys, normalizeText, phoneticKey } from '../normalize/index.js';

/** Shorter keys collide too often ("Ali" is "l"); such aliases must match their exact spelling. */
const MIN_KEY = 3;
const MIN_SURNAME_KEY = 3;
const MIN_SURNAME_LETTERS = 4;
const MAX_SPAN = 5;

export interface ActorFinder {
  /** Whether an alias can begin at a token (normalised, with its phonetic key): the only places `find` tries. */
  mayStart(token: string, key: string): boolean;
  /**
   * Mentions in normalised tokens (`keys[i]` is phoneticKey(tokens[i])), trying spans only from `starts`: the
   * positions where mayStart holds, so an item costs one check per token and a few lookups per likely name.
   */
  find(tokens: readonly string[], keys: readonly string[], starts: readonly number[]): ActorMention[];
}

interface Entry {
  actorId: string;
  alias: string;
  /** The alias as normalised tokens, articles left out: what a variant spelling is compared with. */
  spelling: string;
}

function prefixes(parts: readonly string[], join: (a: string, b: string) => string): string[] {
  const out: string[] = [];
  let acc = '';
  for (const p of parts) out.push((acc = acc === '' ? p : join(acc, p)));
  return out;
}

export function createActorFinder(actors: readonly Actor[]): ActorFinder {
  // Per key, one entry per actor (its first alias with that key), in the order the actors are listed.
  const byKey = new Map<string, Entry[]>();
  const byExact = new Map<string, Entry>();
  // Every prefix of an alias (by key characters, by exact tokens): a span stops growing once it leaves them.
  const keyPrefixes = new Set<string>();
  const exactPrefixes = new Set<string>();
  const add = (tokens: string[], entry: Entry) => {
    const key = joinKeys(tokens.map(phoneticKey));
    if (key.length >= MIN_KEY) {
      const sharing = byKey.get(key) ?? [];
      if (!sharing.some((e) => e.actorId === entry.actorId)) byKey.set(key, [...sharing, entry]);
      for (let n = 1; n <= key.length; n++) keyPrefixes.add(key.slice(0, n));
    }
    const exact = tokens.join(' ');
    if (!byExact.has(exact)) byExact.set(exact, entry);
    for (const p of prefixes(tokens, (a, b) => `${a} ${b}`)) exactPrefixes.add(p);
  };
  for (const actor of actors) {
    for (const name of [actor.name, ...actor.aliases]) {
      const tokens = normalizeText(name).split(' ').filter((t) => t && !ARTICLES.has(t));
      if (tokens.length === 0) continue;
      add(tokens, { actorId: actor.id, alias: name, spelling: tokens.join(' ') });
      const surname = tokens[tokens.length - 1] ?? '';
      if (actor.kind === 'person' && tokens.length > 1 && surname.length >= MIN_SURNAME_LETTERS && phoneticKey(surname).length >= MIN_SURNAME_KEY) {
        add([surname], { actorId: actor.id, alias: name, spelling: surname });
      }
    }
  }

  /** The actor a spelling found only by its key stands for: the one alias, or of several, the closest spelt. */
  const byVariant = (key: string, spelling: string): Entry | undefined => {
    const sharing = byKey.get(key);
    if (!sharing || sharing.length < 2) return sharing?.[0];
    return sharing.reduce((best, e) => (distance(spelling, e.spelling) < distance(spelling, best.spelling) ? e : best));
  };

  const mayStart = (token: string, key: string) => !ARTICLES.has(token) && (exactPrefixes.has(token) || (key.length > 0 && keyPrefixes.has(key)));

  return {
    mayStart,
    find(tokens, keys, starts) {
      const mentions = new Map<string, ActorMention>();
      for (const i of starts) {
        let exact = '';
        let key = '';
        let best: { entry: Entry; alias: string } | undefined;
        // Articles ("al", "el") are skipped inside a span, as aliases are stored without them.
        for (let j = i, span = 0; j < tokens.length && span < MAX_SPAN; j++) {
          const token = tokens[j] as string;
          if (ARTICLES.has(token)) continue;
          span++;
          exact = exact === '' ? token : `${exact} ${token}`;
          // A token's own key is already collapsed: only spans of two or more tokens need joining.
          key = span === 1 ? (keys[j] ?? '') : extendKey(key, keys[j] ?? '');
          const inExact = exactPrefixes.has(exact);
          const inKey = key.length > 0 && keyPrefixes.has(key);
          if (!inExact && !inKey) break;
          const entry = (inExact ? byExact.get(exact) : undefined) ?? (key.length >= MIN_KEY ? byVariant(key, exact) : undefined);
          if (entry) best = { entry, alias: exact };
        }
        if (best && !mentions.has(best.entry.actorId)) mentions.set(best.entry.actorId, { actorId: best.entry.actorId, alias: best.alias });
      }
      return [...mentions.values()];
    },
  };
}
