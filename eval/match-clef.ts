// CLEF-2020 CheckThat! Task 2 (../shared/eval/clef2020-checkthat-task2): rank 10,375 fact-checked claims for
// each tweet with the live engine (every verified claim tracked as a claim) and score MAP@5 and P@1, the task's
// official measures. Published: plain BM25 ~0.84 MAP@5, best ~0.93 (on the held-out test split).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../src/domain/match/index.js';
import type { Claim } from '../src/domain/model.js';
import type { EvalRow } from './run.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/eval/clef2020-checkthat-task2');
const TOP = 5;

/** Tab-separated records with CSV-style quoting (quoted fields may hold tabs, quotes and newlines). */
export function parseTsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === '\t') {
      record.push(field);
      field = '';
    }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records.filter((r) => r.some((f) => f !== ''));
}

const read = (file: string) => parseTsv(readFileSync(path.join(ROOT, file), 'utf8')).slice(1);

function loadClaims(): Claim[] {
  return read('verified_claims.docs.tsv').map(([id = '', vclaim = '', title = '']) => ({
    id,
    tenant: 'eval',
    statement: vclaim,
    required: [],
    keywords: title ? [title] : [],
    excluded: [],
    actorIds: [],
    createdAt: '1970-01-01T00:00:00.000Z',
  }));
}

function loadSplit(split: 'train' | 'dev'): Array<{ id: string; text: string; gold: Set<string> }> {
  const gold = new Map<string, Set<string>>();
  for (const line of readFileSync(path.join(ROOT, split, 'tweet-vclaim-pairs.qrels'), 'utf8').split('\n')) {
    const [tweet, , claim] = line.trim().split(/\s+/);
    if (!tweet || !claim) continue;
    gold.set(tweet, (gold.get(tweet) ?? new Set()).add(claim));
  }
  return read(path.join(split, 'tweets.queries.tsv'))
    .map(([id = '', text = '']) => ({ id, text, gold: gold.get(id) ?? new Set<string>() }))
    .filter((t) => t.gold.size > 0);
}

/** Average precision of one ranking cut at k (TREC style: divided by min(|relevant|, k)). */
export function averagePrecisionAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  let hits = 0;
  let sum = 0;
  ranked.slice(0, k).forEach((id, i) => {
    if (relevant.has(id)) sum += ++hits / (i + 1);
  });
  return relevant.size === 0 ? 0 : sum / Math.min(relevant.size, k);
}

export async function evaluateClef(): Promise<EvalRow[]> {
  if (!existsSync(ROOT)) {
    console.log(`match-clef: skipped, ${ROOT} is absent`);
    return [];
  }
  const claims = loadClaims();
  const engine = createEngine({ claims, actors: [], sources: [], rankLimit: TOP, rankFloor: 0 });
  return (['train', 'dev'] as const).map((split) => {
    const tweets = loadSplit(split);
    let map = 0;
    let p1 = 0;
    let matchedGold = 0;
    let matchedAny = 0;
    const started = performance.now();
    for (const t of tweets) {
      const result = engine.judge({ id: t.id, title: '', summary: t.text });
      const ranked = result.ranked.map((r) => r.claimId);
      map += averagePrecisionAt(ranked, t.gold, TOP);
      if (t.gold.has(ranked[0] ?? '')) p1++;
      if (result.ranked.some((r) => r.matched)) matchedAny++;
      if (result.ranked.some((r) => r.matched && t.gold.has(r.claimId))) matchedGold++;
    }
    const n = tweets.length;
    return {
      dataset: 'CLEF-2020 CheckThat! Task 2 (claim retrieval)',
      split,
      metrics: {
        n,
        'MAP@5': map / n,
        'P@1': p1 / n,
        'matched gold': matchedGold / n,
        'matched any': matchedAny / n,
        'ms/tweet': (performance.now() - started) / n,
      },
    };
  });
}
