// CLEF-2020 CheckThat! Task 2 (../shared/eval/clef2020-checkthat-task2): rank 10,375 fact-checked claims for
// each tweet with the live engine (every verified claim tracked as a claim) and score MAP@5 and P@1, the task's
// official measures. Published: plain BM25 ~0.84 MAP@5, best ~0.93 (on the held-out test split).
// The headline runs the `claimwatch match` path the held-out scorer drives (claim text = the vclaim only); the
// engine with each claim's Snopes title as keywords is reported beside it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable, Writable } from 'node:stream';
import { readClaims, runMatch } from '../src/cli/commands/match.js';
import { createEngine } from '../src/domain/match/index.js';
import type { EvalRow } from './run.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/eval/clef2020-checkthat-task2');
const TOP = 5;
const DATASET = 'CLEF-2020 CheckThat! Task 2 (claim retrieval)';
const CLAIM_DEFAULTS = { tenant: 'eval', required: [], excluded: [], actorIds: [], createdAt: '1970-01-01T00:00:00.000Z' };

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

interface VerifiedClaim {
  id: string;
  vclaim: string;
  title: string;
}

const loadClaims = (): VerifiedClaim[] => read('verified_claims.docs.tsv').map(([id = '', vclaim = '', title = '']) => ({ id, vclaim, title }));

interface Tweet {
  id: string;
  text: string;
  gold: Set<string>;
}

function loadSplit(split: 'train' | 'dev'): Tweet[] {
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

type Ranking = Array<{ claim: string; matched: boolean }>;

/** The held-out scorer's path: `claimwatch match` with each claim line {"id","text": vclaim}, tweets as {"id","text"}. */
async function rankWithCli(claims: readonly VerifiedClaim[], tweets: readonly Tweet[]): Promise<Ranking[]> {
  const toLines = (rows: ReadonlyArray<{ id: string; text: string }>) => Readable.from(rows.map((r) => `${JSON.stringify({ id: r.id, text: r.text })}\n`));
  const parsed = await readClaims(toLines(claims.map((c) => ({ id: c.id, text: c.vclaim }))), (m) => console.error(`match-clef: ${m}`));
  const out: string[] = [];
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out.push(chunk.toString());
      done();
    },
  });
  await runMatch({ claims: parsed, top: TOP, input: toLines(tweets), output });
  return out.join('').trim().split('\n').map((line) => (JSON.parse(line) as { ranked: Ranking }).ranked);
}

/** The engine with the Snopes title as keywords: a richer claim than the CLI can build, reported beside it. */
function rankWithTitles(claims: readonly VerifiedClaim[], tweets: readonly Tweet[]): Ranking[] {
  const engine = createEngine({
    claims: claims.map((c) => ({ ...CLAIM_DEFAULTS, id: c.id, statement: c.vclaim, keywords: c.title ? [c.title] : [] })),
    actors: [],
    sources: [],
    rankLimit: TOP,
    rankFloor: 0,
  });
  return tweets.map((t) => engine.judge({ id: t.id, title: '', summary: t.text }).ranked.map((r) => ({ claim: r.claimId, matched: r.matched })));
}

function score(tweets: readonly Tweet[], rankings: readonly Ranking[]): Record<string, number> {
  let map = 0;
  let p1 = 0;
  let matchedGold = 0;
  let matchedAny = 0;
  tweets.forEach((t, i) => {
    const ranking = rankings[i] ?? [];
    map += averagePrecisionAt(ranking.map((r) => r.claim), t.gold, TOP);
    if (t.gold.has(ranking[0]?.claim ?? '')) p1++;
    if (ranking.some((r) => r.matched)) matchedAny++;
    if (ranking.some((r) => r.matched && t.gold.has(r.claim))) matchedGold++;
  });
  const n = tweets.length;
  return { n, 'MAP@5': map / n, 'P@1': p1 / n, 'matched gold': matchedGold / n, 'matched any': matchedAny / n };
}

export async function evaluateClef(): Promise<EvalRow[]> {
  if (!existsSync(ROOT)) {
    console.log(`match-clef: skipped, ${ROOT} is absent`);
    return [];
  }
  const claims = loadClaims();
  const rows: EvalRow[] = [];
  const constructions = [
    { name: 'vclaim (CLI)', rank: rankWithCli },
    { name: 'vclaim + title', rank: rankWithTitles },
  ] satisfies Array<{ name: string; rank: (c: readonly VerifiedClaim[], t: readonly Tweet[]) => Ranking[] | Promise<Ranking[]> }>;
  for (const { name, rank } of constructions) {
    for (const split of ['train', 'dev'] as const) {
      const tweets = loadSplit(split);
      const started = performance.now();
      const rankings = await rank(claims, tweets);
      const ms = (performance.now() - started) / tweets.length;
      rows.push({ dataset: DATASET, split: `${split}, ${name}`, metrics: { ...score(tweets, rankings), 'ms/tweet incl. build': ms } });
    }
  }
  return rows;
}
