// Finds tracked actors in normalised item tokens by name or alias, in any script and spelling: aliases and
// text are compared as phonetic keys of adjacent tokens read as one word ("Amir Ali" meets "Amirali" and
// "امیرعلی"). A person is also found by surname alone ("سردار حاجی‌زاده"), when the surname is distinctive.
import type { Actor, ActorMention } from '../model.js';
import { ARTICLES, joinKeys, normalizeText, phoneticKey } from '../normalize/index.js';

/** Shorter keys collide too often ("Ali" is "l"); such aliases must match their exact spelling. */
const MIN_KEY = 3;
const MIN_SURNAME_KEY = 3;
const MIN_SURNAME_LETTERS = 4;
const MAX_SPAN = 5;

/** `keys[i]` is phoneticKey(tokens[i]) (analyseItem computes both). */
export type ActorFinder = (tokens: readonly string[], keys: readonly string[]) => ActorMention[];

interface Entry {
  actorId: string;
  alias: string;
}

function prefixes(parts: readonly string[], join: (a: string, b: string) => string): string[] {
  const out: string[] = [];
  let acc = '';
  for (const p of parts) out.push((acc = acc === '' ? p : join(acc, p)));
  return out;
}

export function createActorFinder(actors: readonly Actor[]): ActorFinder {
  const byKey = new Map<string, Entry>();
  const byExact = new Map<string, Entry>();
  // Every prefix of an alias (by key characters, by exact tokens): a span stops growing once it leaves them.
  const keyPrefixes = new Set<string>();
  const exactPrefixes = new Set<string>();
  const add = (tokens: string[], entry: Entry) => {
    const key = joinKeys(tokens.map(phoneticKey));
    if (key.length >= MIN_KEY) {
      if (!byKey.has(key)) byKey.set(key, entry);
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
      add(tokens, { actorId: actor.id, alias: name });
      const surname = tokens[tokens.length - 1] ?? '';
      if (actor.kind === 'person' && tokens.length > 1 && surname.length >= MIN_SURNAME_LETTERS && phoneticKey(surname).length >= MIN_SURNAME_KEY) {
        add([surname], { actorId: actor.id, alias: name });
      }
    }
  }

  return (allTokens, allKeys) => {
    const tokens: string[] = [];
    const keys: string[] = [];
    allTokens.forEach((t, i) => {
      if (ARTICLES.has(t)) return;
      tokens.push(t);
      keys.push(allKeys[i] ?? '');
    });
    const mentions = new Map<string, ActorMention>();
    for (let i = 0; i < tokens.length; i++) {
      let exact = '';
      let key = '';
      let best: { entry: Entry; end: number } | undefined;
      for (let end = i + 1; end <= Math.min(tokens.length, i + MAX_SPAN); end++) {
        const token = tokens[end - 1] ?? '';
        exact = exact === '' ? token : `${exact} ${token}`;
        // A token's own key is already collapsed: only spans of two or more tokens need joining.
        key = end === i + 1 ? (keys[i] ?? '') : joinKeys([key, keys[end - 1] ?? '']);
        const inExact = exactPrefixes.has(exact);
        const inKey = key.length > 0 && keyPrefixes.has(key);
        if (!inExact && !inKey) break;
        const entry = (inExact ? byExact.get(exact) : undefined) ?? (key.length >= MIN_KEY ? byKey.get(key) : undefined);
        if (entry) best = { entry, end };
      }
      if (best && !mentions.has(best.entry.actorId)) {
        mentions.set(best.entry.actorId, { actorId: best.entry.actorId, alias: tokens.slice(i, best.end).join(' ') });
      }
    }
    return [...mentions.values()];
  };
}
