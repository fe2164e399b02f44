// Cross-language claim matching (issue 12, item 4): English claims, as an analyst types them, against Persian and
// Arabic news headlines, beside the same claims in their original language. The English texts are our own
// translations (eval/data/xlang-claims.tsv); the originals and the headlines are read from ../shared/eval.
//
// How each set is built (train/dev splits only; the test splits are never read):
// - Persian, FarExStance h2c. Items: every distinct dev headline (823), related to a tracked claim or not.
//   Claims: 165 train/dev claims in FNV-1a order of claim_id, one per story (h2c writes several variants of each
//   claim, negated or with a detail changed, paired with the same headlines; claims sharing a related headline
//   are one story, and a desk would track one of them): 125 stories with a related dev headline and 40 without
//   (distractors from the same news weeks). A headline concerns a claim when a train or dev row pairs them as
//   agree, disagree or discuss; "unrelated" rows, often on the claim's own topic or person, are not gold.
// - Arabic, ANS stance. Items: every distinct dev s1 title (565). Claims: 165 written s2 sentences (the
//   annotators' paraphrases and contradictions) in FNV-1a order of split:row, one per story (sentences linked
//   by agree/disagree rows), 125 paired with a dev title and 40 only with train titles (distractors); an s2 that
//   is itself some row's s1 is left out, so no claim is a headline verbatim. A title concerns a claim when a row
//   pairs them agree or disagree: a contradiction concerns the claim as much as a paraphrase does.
// One engine per set tracks all of its claims at once, as a desk tracks its claims, with the live registry's
// actors and sources; each claim is its statement only (no keywords), as typed in `/claim track`.
// Measures: P@1 and MAP@5 over the items with a gold claim (near misses ranked too, as the CLI does); alert
// recall = gold (item, claim) pairs the engine matches / gold pairs; alert precision = right alerts / alerts over
// every item, where an alert is right when gold or when we judged the unlabelled pair to concern the claim
// (eval/data/xlang-judged.tsv: the datasets label only each claim's candidate headlines, and other headlines on
// the same story exist). Alerts on pairs neither labelled nor judged count as wrong and are shown as "unjudged
// alerts". Nothing here is tuned; to calibrate, the items split by FNV-1a fold of their id: folds 2-4 are
// "tune", folds 0-1 "check" (tune on the first, report the second).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadRegistry } from '../src/config/files.js';
import { createEngine } from '../src/domain/match/index.js';
import type { Actor, Claim, Source } from '../src/domain/model.js';
import { averagePrecisionAt } from './match-clef.js';
import type { EvalRow } from './run.js';
import { EVAL_ROOT, foldOf, parseCsv } from './stance-datasets.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TRANSLATIONS = path.join(HERE, 'data/xlang-claims.tsv');
const JUDGED = path.join(HERE, 'data/xlang-judged.tsv');
const TOP = 5;
const CLAIM_DEFAULTS = { tenant: 'eval', required: [], keywords: [], excluded: [], actorIds: [], createdAt: '1970-01-01T00:00:00.000Z' };

const TranslationSchema = z.object({
  dataset: z.enum(['h2c', 'ans']),
  split: z.enum(['train', 'dev']),
  id: z.string().regex(/^\d+$/),
  english: z.string().min(3),
});
export type Translation = z.infer<typeof TranslationSchema>;

const JudgementSchema = z.object({
  dataset: z.enum(['h2c', 'ans']),
  item: z.string().min(1),
  claim: z.string().min(1),
  concerns: z.enum(['yes', 'no']).transform((v) => v === 'yes'),
  why: z.string().min(3),
});
export type Judgement = z.infer<typeof JudgementSchema>;

/** A data file: `#` comments, then one tab-separated record per line, fields in `columns` order. */
function parseTable<T>(file: string, text: string, columns: readonly string[], schema: z.ZodType<T>): T[] {
  return text.split('\n').flatMap((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return [];
    const fields = line.split('\t');
    const parsed = schema.safeParse(Object.fromEntries(columns.map((c, k) => [c, fields[k]?.trim()])));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    return [parsed.data];
  });
}

export const parseTranslations = (text: string) => parseTable(TRANSLATIONS, text, ['dataset', 'split', 'id', 'english'], TranslationSchema);
export const parseJudgements = (text: string) => parseTable(JUDGED, text, ['dataset', 'item', 'claim', 'concerns', 'why'], JudgementSchema);
export const loadTranslations = () => parseTranslations(readFileSync(TRANSLATIONS, 'utf8'));
export const loadJudgements = () => parseJudgements(readFileSync(JUDGED, 'utf8'));

interface TrackedClaim {
  id: string;
  english: string;
  original: string;
}

export interface CrossLanguageSet {
  language: 'fa' | 'ar';
  claims: TrackedClaim[];
  items: Array<{ id: string; title: string }>;
  /** Item id -> ids of the tracked claims it concerns. */
  gold: Map<string, Set<string>>;
  /** `item|claim` of every pair the dataset labels, related or not. */
  labelled: Set<string>;
  /** `item|claim` -> whether it concerns the claim, for pairs the dataset leaves unlabelled (xlang-judged.tsv). */
  ours: Map<string, boolean>;
}

const pairKey = (item: string, claim: string) => `${item}|${claim}`;
const oursFor = (judgements: readonly Judgement[], dataset: Judgement['dataset']) =>
  new Map(judgements.filter((j) => j.dataset === dataset).map((j) => [pairKey(j.item, j.claim), j.concerns]));

const readSplit = (rel: string, split: string) => parseCsv(readFileSync(path.join(EVAL_ROOT, rel.replace('SPLIT', split)), 'utf8'));
const addGold = (gold: Map<string, Set<string>>, item: string, claim: string) => gold.set(item, (gold.get(item) ?? new Set()).add(claim));

export function persianSet(translations: readonly Translation[], judgements: readonly Judgement[]): CrossLanguageSet {
  const rows = ['train', 'dev'].flatMap((split) => readSplit('farexstance-persian/h2c/SPLIT.csv', split).map((r) => ({
    split, claimId: r.claim_id ?? '', claim: (r.claim ?? '').trim(), newsId: r.news_id ?? '', title: (r.news_title ?? '').trim(), stance: r.stance,
  })));
  const originals = new Map(rows.map((r) => [`${r.split}:${r.claimId}`, r.claim]));
  const claims = translations.filter((t) => t.dataset === 'h2c').map((t) => {
    const original = originals.get(`${t.split}:${t.id}`);
    if (original === undefined) throw new Error(`h2c ${t.split} claim_id ${t.id} is not in ../shared/eval`);
    return { id: t.id, english: t.english, original };
  });
  const tracked = new Set(claims.map((c) => c.id));
  const items = new Map<string, string>();
  for (const r of rows) if (r.split === 'dev') items.set(r.newsId, r.title);
  const gold = new Map<string, Set<string>>();
  const labelled = new Set<string>();
  for (const r of rows) {
    if (!tracked.has(r.claimId) || !items.has(r.newsId)) continue;
    labelled.add(pairKey(r.newsId, r.claimId));
    if (r.stance !== '3') addGold(gold, r.newsId, r.claimId);
  }
  return { language: 'fa', claims, items: [...items].map(([id, title]) => ({ id, title })), gold, labelled, ours: oursFor(judgements, 'h2c') };
}

export function arabicSet(translations: readonly Translation[], judgements: readonly Judgement[]): CrossLanguageSet {
  const rows = ['train', 'dev'].flatMap((split) => readSplit('ans-arabic/stance/SPLIT.csv', split).map((r, row) => ({
    split, row, s1: (r.s1 ?? '').trim(), s2: (r.s2 ?? '').trim(), stance: r.stance,
  })));
  const byKey = new Map(rows.map((r) => [`${r.split}:${r.row}`, r]));
  const claims = translations.filter((t) => t.dataset === 'ans').map((t) => {
    const row = byKey.get(`${t.split}:${t.id}`);
    if (!row) throw new Error(`ans ${t.split} row ${t.id} is not in ../shared/eval`);
    return { id: `${t.split}:${t.id}`, english: t.english, original: row.s2 };
  });
  // An item is a distinct dev title, named by the first dev row that holds it.
  const itemIds = new Map<string, string>();
  for (const r of rows) if (r.split === 'dev' && !itemIds.has(r.s1)) itemIds.set(r.s1, `dev:${r.row}`);
  const claimsByText = new Map<string, string[]>();
  for (const c of claims) claimsByText.set(c.original, [...(claimsByText.get(c.original) ?? []), c.id]);
  const gold = new Map<string, Set<string>>();
  const labelled = new Set<string>();
  for (const r of rows) {
    for (const [title, sentence] of [[r.s1, r.s2], [r.s2, r.s1]] as const) {
      const item = itemIds.get(title);
      if (item === undefined) continue;
      for (const claim of claimsByText.get(sentence) ?? []) {
        labelled.add(pairKey(item, claim));
        if (r.stance !== 'other') addGold(gold, item, claim);
      }
    }
  }
  return { language: 'ar', claims, items: [...itemIds].map(([title, id]) => ({ id, title })), gold, labelled, ours: oursFor(judgements, 'ans') };
}

interface Scores {
  items: number;
  withGold: number;
  claims: number;
  p1: number;
  map5: number;
  goldPairs: number;
  alerts: number;
  /** Matched pairs that are gold (these count for recall). */
  goldAlerts: number;
  /** Matched pairs that are gold or that we judged to concern the claim (these count for precision). */
  rightAlerts: number;
  /** Matched pairs neither labelled nor judged: counted as wrong. */
  unjudgedAlerts: number;
}

/** Judges every item of `set` against its claims written in English or in the original language. */
export function scoreSet(set: CrossLanguageSet, claimText: 'english' | 'original', registry: { actors: Actor[]; sources: Source[] }, keep: (itemId: string) => boolean): Scores {
  const claims: Claim[] = set.claims.map((c) => ({ ...CLAIM_DEFAULTS, id: c.id, statement: c[claimText] }));
  const engine = createEngine({ claims, actors: registry.actors, sources: registry.sources, rankLimit: TOP, rankFloor: 0 });
  const s: Scores = { items: 0, withGold: 0, claims: claims.length, p1: 0, map5: 0, goldPairs: 0, alerts: 0, goldAlerts: 0, rightAlerts: 0, unjudgedAlerts: 0 };
  for (const item of set.items) {
    if (!keep(item.id)) continue;
    const gold = set.gold.get(item.id) ?? new Set<string>();
    const judged = engine.judge({ id: item.id, title: item.title, summary: '', language: set.language });
    s.items++;
    for (const { claimId } of judged.claims) {
      const pair = pairKey(item.id, claimId);
      s.alerts++;
      if (gold.has(claimId)) s.goldAlerts++;
      if (gold.has(claimId) || set.ours.get(pair) === true) s.rightAlerts++;
      else if (!set.labelled.has(pair) && !set.ours.has(pair)) s.unjudgedAlerts++;
    }
    if (gold.size === 0) continue;
    s.withGold++;
    s.goldPairs += gold.size;
    const ranked = judged.ranked.map((r) => r.claimId);
    if (gold.has(ranked[0] ?? '')) s.p1++;
    s.map5 += averagePrecisionAt(ranked, gold, TOP);
  }
  return s;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

function metrics(s: Scores): Record<string, number> {
  return {
    items: s.items,
    'items with gold': s.withGold,
    claims: s.claims,
    'P@1': ratio(s.p1, s.withGold),
    'MAP@5': ratio(s.map5, s.withGold),
    'alert recall': ratio(s.goldAlerts, s.goldPairs),
    'alert precision': ratio(s.rightAlerts, s.alerts),
    alerts: s.alerts,
    'unjudged alerts': s.unjudgedAlerts,
  };
}

/** Folds 2-4 of an item id are the tuning items, folds 0-1 the check items (see the header). */
export const isTuningItem = (itemId: string) => foldOf(itemId) >= 2;

export async function evaluateCrossLanguage(): Promise<EvalRow[]> {
  const needed = ['farexstance-persian/h2c', 'ans-arabic/stance'].map((p) => path.join(EVAL_ROOT, p));
  const absent = needed.filter((p) => !existsSync(p));
  if (absent.length) {
    console.log(`match-xlang: skipped, ${absent.join(' and ')} absent`);
    return [];
  }
  const translations = loadTranslations();
  const judgements = loadJudgements();
  const registry = await loadRegistry(path.join(HERE, '../config'));
  const rows: EvalRow[] = [];
  for (const set of [persianSet(translations, judgements), arabicSet(translations, judgements)]) {
    const dataset = `cross-language matching, ${set.language === 'fa' ? 'Persian (FarExStance h2c dev headlines)' : 'Arabic (ANS dev titles)'}`;
    for (const claimText of ['english', 'original'] as const) {
      const claims = claimText === 'english' ? 'English claims' : `claims in ${set.language === 'fa' ? 'Persian' : 'Arabic'}`;
      for (const [part, keep] of [['all', () => true], ['tune', isTuningItem], ['check', (id: string) => !isTuningItem(id)]] as const) {
        rows.push({ dataset, split: `${claims}, ${part} items`, metrics: metrics(scoreSet(set, claimText, registry, keep)) });
      }
    }
  }
  return rows;
}
