// The judgement engine: actors found → stored-query matching → stance per matched claim → sourcing flags and
// relays. Pure: built from the current claims, actors and sources, then asked to judge one text at a time.
import type { ClaimMatch } from '../model.js';
import { createSourcingDetector } from '../sourcing/index.js';
import { createStanceJudge } from '../stance/index.js';
import { createActorFinder } from './actor-finder.js';
import { compileClaims } from './claim-query.js';
import type { ClaimError, CreateEngine } from './engine.js';
import { createMonitor } from './monitor.js';
import { termPresearcher } from './presearcher.js';
import { termPairs, termSurfaces } from './term-surfaces.js';
import { MATCH_THRESHOLD } from './verifier.js';

export { deriveClaimQuery } from './claim-query.js';

/** Matching and stance read the start of a huge body only: past this, cost grows and evidence does not. */
const MAX_CHARS = 100_000;
const DEFAULT_RANK_LIMIT = 10;

export const createEngine: CreateEngine = ({ claims, actors, sources, rankLimit = DEFAULT_RANK_LIMIT, rankFloor = MATCH_THRESHOLD }) => {
  const compiled = compileClaims(claims, new Set(actors.map((a) => a.id)));
  const monitor = createMonitor(compiled, termPresearcher(Math.min(rankFloor, MATCH_THRESHOLD)), createActorFinder(actors));
  const stance = createStanceJudge(actors);
  const sourcing = createSourcingDetector(sources);
  const byId = new Map(claims.map((c) => [c.id, c]));
  const queries = new Map(compiled.queries.map((q) => [q.id, q]));
  const actorNames = new Map(actors.map((a) => [a.id, a.name]));
  // A claim's written words are read the first time it matches, then kept with the engine.
  const claimSurfaces = new Map<string, Map<string, string>>();
  const surfacesOfClaim = (id: string) => {
    let surfaces = claimSurfaces.get(id);
    if (!surfaces) {
      const claim = byId.get(id);
      surfaces = termSurfaces(claim ? [...claim.required, claim.statement, ...claim.keywords].join('\n') : '');
      claimSurfaces.set(id, surfaces);
    }
    return surfaces;
  };

  return {
    judge(text) {
      const title = text.title.slice(0, MAX_CHARS);
      const body = text.summary.slice(0, MAX_CHARS);
      const item = monitor.read(`${title}\n${body}`);
      const found = monitor.match(item);
      // Compile errors are repeated on every judgement so a claim that can never match stays visible.
      const errors: ClaimError[] = [...compiled.errors, ...found.errors];
      const matches: ClaimMatch[] = [];
      // The item's written words, read once and only when some claim matched.
      let itemSurfaces: Map<string, string> | undefined;
      for (const verdict of found.ranked) {
        if (!verdict.matched) continue;
        try {
          const claim = byId.get(verdict.claimId)?.statement ?? '';
          const judged = stance.judge({ claim, title, body, language: text.language });
          itemSurfaces ??= termSurfaces(`${title}\n${body}`);
          const query = queries.get(verdict.claimId);
          const sides = { claim: surfacesOfClaim(verdict.claimId), item: itemSurfaces, actorNames, actorMentions: item.actors };
          const met = query ? termPairs(query, verdict.terms, sides) : [];
          matches.push({ claimId: verdict.claimId, score: verdict.coverage, terms: verdict.terms, ...judged, met });
        } catch (err) {
          errors.push({ claimId: verdict.claimId, message: `stance: ${(err as Error).message}` });
        }
      }
      const { flags, relays } = sourcing({ title, body });
      return {
        itemId: text.id,
        claims: matches,
        actors: item.actors,
        flags,
        relays: relays.filter((r) => r.sourceId === undefined || r.sourceId !== text.sourceId),
        candidatesChecked: found.candidatesChecked,
        errors,
        ranked: found.ranked.slice(0, rankLimit).map(({ claimId, score, matched }) => ({ claimId, score, matched })),
      };
    },
  };
};
