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
const MIN_PREFIX = 2;

export type ActorFinder = (tokens: readonly string[]) => ActorMention[];

interface Entry {
  actorId: string;
  alias: string;
}

export function createActorFinder(actors: readonly Actor[]): ActorFinder {
  const byKey = new Map<string, Entry>();
  const byExact = new Map<string, Entry>();
  const firstTokens = new Set<string>();
  const add = (tokens: string[], entry: Entry) => {
    const key = joinKeys(tokens.map(phoneticKey));
    if (key.length >= MIN_KEY) {
      if (!byKey.has(key)) byKey.set(key, entry);
      // Text may join words the alias separates ("Amirali"): any key prefix may open a span.
      for (let n = MIN_PREFIX; n <= key.length; n++) firstTokens.add(`~${key.slice(0, n)}`);
    }
    const exact = tokens.join(' ');
    if (!byExact.has(exact)) byExact.set(exact, entry);
    firstTokens.add(tokens[0] ?? '');
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

  return (allTokens) => {
    const tokens = allTokens.filter((t) => !ARTICLES.has(t));
    const keys = tokens.map(phoneticKey);
    const mentions = new Map<string, ActorMention>();
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] ?? '';
      // Only a token that can start an alias opens a span: keeps the scan near one lookup per token.
      if (!firstTokens.has(token) && !firstTokens.has(`~${keys[i]}`)) continue;
      for (let end = Math.min(tokens.length, i + MAX_SPAN); end > i; end--) {
        const exact = byExact.get(tokens.slice(i, end).join(' '));
        const key = joinKeys(keys.slice(i, end));
        const entry = exact ?? (key.length >= MIN_KEY ? byKey.get(key) : undefined);
        if (entry && !mentions.has(entry.actorId)) {
          mentions.set(entry.actorId, { actorId: entry.actorId, alias: tokens.slice(i, end).join(' ') });
          break;
        }
      }
    }
    return [...mentions.values()];
  };
}
