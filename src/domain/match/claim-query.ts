// A claim compiled into a stored query: weighted term groups (statement, keywords, tracked actors), required
// groups that must all be present and excluded phrases that veto. Weights are idf over the claim collection
// plus a background of pseudo-claims, so a handful of claims still weighs terms evenly.
import type { Claim } from '../model.js';
import { analyseClaimText, normalizeForMatch, type TermGroup } from './analyze.js';
import { MatchError } from './errors.js';
import { isYear, relevanceFactor } from './rank/term-kinds.js';

export interface WeightedGroup extends TermGroup {
  weight: number;
  required: boolean;
  /** Share of claims (background included) holding the term: how common it is, for the presearcher's plan. */
  share: number;
  /** The group's BM25 term score in this claim (idf, term frequency, claim length, kind): what ranking adds up. */
  relevance: number;
  /** A year ("2019"): a claim whose years the item lacks ranks lower (rank/term-kinds.ts). */
  year: boolean;
}

export interface ClaimQuery {
  id: string;
  statement: string;
  groups: WeightedGroup[];
  /** Each excluded entry's groups; an item holding all groups of one entry is vetoed. */
  excluded: TermGroup[][];
  totalWeight: number;
}

/** Places set the scene; the predicate and the people carry the claim. */
const PLACE_FACTOR = 0.5;
const BACKGROUND_CLAIMS = 50;
/** BM25's length normalisation as usual; saturation a little faster than the usual 1.2 (chosen on CLEF-2020 train). */
const BM25_K1 = 0.9;
const BM25_B = 0.75;

export const actorTerm = (actorId: string) => `@@${actorId}`;

/** The query derived from a plain statement, shown to the user so they can correct it. */
export function deriveClaimQuery(statement: string): { required: string[]; keywords: string[] } {
  const keywords = surfaceWords(statement);
  if (keywords.length === 0) throw new MatchError('match/no-usable-terms', `no content words in "${statement.slice(0, 80)}"`);
  return { required: [], keywords };
}

/** One readable word per term group, in statement order ("Tehran", not "@iran" or a stem). */
function surfaceWords(text: string): string[] {
  const words: string[] = [];
  const tokens = normalizeForMatch(text).split(' ');
  for (const group of analyseClaimText(text)) {
    const word = tokens.find((t) => analyseClaimText(t)[0]?.term === group.term);
    words.push(word ?? group.term);
  }
  return [...new Set(words)];
}

interface Unweighted {
  id: string;
  statement: string;
  groups: Array<TermGroup & { required: boolean }>;
  excluded: TermGroup[][];
}

function collect(claim: Claim, knownActors: ReadonlySet<string>): Unweighted {
  const groups = new Map<string, TermGroup & { required: boolean }>();
  const add = (g: TermGroup, required: boolean) => {
    const seen = groups.get(g.term);
    if (seen) {
      seen.required ||= required;
      seen.occurrences += g.occurrences;
    }
    else groups.set(g.term, { ...g, required });
  };
  for (const r of claim.required) for (const g of analyseClaimText(r)) add(g, true);
  for (const g of analyseClaimText(claim.statement)) add(g, false);
  for (const k of claim.keywords) for (const g of analyseClaimText(k)) add(g, false);
  for (const id of claim.actorIds) {
    if (knownActors.has(id)) add({ term: actorTerm(id), alternatives: [actorTerm(id)], place: false, occurrences: 1 }, false);
  }
  if (groups.size === 0) throw new MatchError('match/no-usable-terms', 'the claim has no content words to match on', claim.id);
  const excluded = claim.excluded.map((e) => analyseClaimText(e)).filter((gs) => gs.length > 0);
  return { id: claim.id, statement: claim.statement, groups: [...groups.values()], excluded };
}

export interface CompiledClaims {
  queries: ClaimQuery[];
  errors: Array<{ claimId: string; message: string }>;
  /** The weight a term has (or would have, if unseen) in this collection: weighs an item's own terms. */
  weightOf: (term: string) => number;
}

/** Compiles every claim; a claim that cannot be compiled becomes an error instead of failing the others. */
export function compileClaims(claims: readonly Claim[], knownActors: ReadonlySet<string>): CompiledClaims {
  const collected: Unweighted[] = [];
  const errors: CompiledClaims['errors'] = [];
  for (const claim of claims) {
    try {
      collected.push(collect(claim, knownActors));
    } catch (err) {
      errors.push({ claimId: claim.id, message: (err as Error).message });
    }
  }
  const df = new Map<string, number>();
  for (const c of collected) for (const g of c.groups) df.set(g.term, (df.get(g.term) ?? 0) + 1);
  const n = collected.length + BACKGROUND_CLAIMS;
  const idf = (term: string) => {
    const d = df.get(term) ?? 0;
    return Math.log(1 + (n - d + 0.5) / (d + 0.5));
  };
  const length = (c: Unweighted) => c.groups.reduce((s, g) => s + g.occurrences, 0);
  const averageLength = collected.reduce((s, c) => s + length(c), 0) / Math.max(1, collected.length);
  const weights = new Map<string, number>();
  const queries = collected.map((c) => {
    const norm = BM25_K1 * (1 - BM25_B + (BM25_B * length(c)) / averageLength);
    const groups = c.groups.map((g) => ({
      ...g,
      weight: idf(g.term) * (g.place ? PLACE_FACTOR : 1),
      share: (df.get(g.term) ?? 0) / n,
      relevance: (relevanceFactor(g) * idf(g.term) * g.occurrences * (BM25_K1 + 1)) / (g.occurrences + norm),
      year: isYear(g),
    }));
    for (const g of groups) weights.set(g.term, g.weight);
    return { ...c, groups, totalWeight: groups.reduce((s, g) => s + g.weight, 0) };
  });
  const unseen = idf('');
  return { queries, errors, weightOf: (term) => weights.get(term) ?? unseen };
}
