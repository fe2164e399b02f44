// First-cut engine: a claim matches when most of its statement's content words appear in the item.
// The stored-query engine (presearcher + verifier) replaces these internals behind the same interface.
import { createSourcingDetector } from '../sourcing/index.js';
import { createStanceJudge } from '../stance/index.js';
import type { ClaimMatch } from '../model.js';
import type { CreateEngine } from './engine.js';

const STOPWORDS = new Set('a an the of to in on for and or not it its is was be by with that this from as at us'.split(' '));

export function contentWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2 && !STOPWORDS.has(w));
}

/** The query derived from a plain statement, shown to the user so they can correct it. */
export function deriveClaimQuery(statement: string): { required: string[]; keywords: string[] } {
  return { required: [], keywords: [...new Set(contentWords(statement))] };
}

export const createEngine: CreateEngine = ({ claims, actors, sources }) => {
  const stance = createStanceJudge(actors);
  const sourcing = createSourcingDetector(sources);
  return {
    judge(text) {
      const words = new Set(contentWords(`${text.title} ${text.summary}`));
      const matches: ClaimMatch[] = [];
      for (const claim of claims) {
        const terms = [...claim.required, ...claim.keywords];
        const hits = terms.filter((t) => words.has(t.toLowerCase()));
        const required = claim.required.every((t) => words.has(t.toLowerCase()));
        if (!required || terms.length === 0 || hits.length / terms.length < 0.6) continue;
        const s = stance.judge({ claim: claim.statement, title: text.title, body: text.summary, language: text.language });
        matches.push({ claimId: claim.id, score: hits.length / terms.length, terms: hits, ...s });
      }
      const actorHits = actors.flatMap((a) => {
        const alias = [a.name, ...a.aliases].find((n) => contentWords(n).every((w) => words.has(w)));
        return alias ? [{ actorId: a.id, alias }] : [];
      });
      const { flags, relays } = sourcing({ title: text.title, body: text.summary });
      return { itemId: text.id, claims: matches, actors: actorHits, flags, relays, candidatesChecked: claims.length, errors: [] };
    },
  };
};
