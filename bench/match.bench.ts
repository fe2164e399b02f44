// `npm run bench`: matching throughput and memory at 100 to 100,000 stored claims, beside a naive baseline that
// tests every claim's terms against every item. Synthetic, seeded data: 2 KB items of generated words with
// multi-word names in Latin and Persian spellings. Measures the engine's matching path (analysis, actors,
// presearch, verification); stance and sourcing run only on matches and are benchmarked elsewhere.
import { createActorFinder } from '../src/domain/match/actor-finder.js';
import { analyseItem } from '../src/domain/match/analyze.js';
import { actorTerm, compileClaims } from '../src/domain/match/claim-query.js';
import { createMonitor } from '../src/domain/match/monitor.js';
import type { Actor, Claim } from '../src/domain/model.js';
import { normalizeText } from '../src/domain/normalize/index.js';

const CLAIM_COUNTS = (process.env.BENCH_CLAIMS ?? "100,1000,10000,100000").split(",").map(Number);
const ITEM_BYTES = 2_048;
const ITEMS = 400;
const NAIVE_SAMPLE_AT_100K = 20;

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20240601);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
/** Zipf-like: small indices are common, as words in news are. */
const zipf = <T>(xs: readonly T[]): T => xs[Math.floor(xs.length * random() ** 3)] as T;

const SYLLABLES = ['ka', 'ri', 'mo', 'sa', 'le', 'ta', 'ne', 'po', 'di', 'gu', 'ba', 'zo', 'fe', 'lu', 'ha', 'mi', 'ro', 'vi', 'na', 'te'];
const VOCABULARY = Array.from({ length: 20_000 }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join(''));
const NAMES: ReadonlyArray<readonly string[]> = [
  ['Qassem Soleimani', 'Ghasem Suleimani', 'قاسم سلیمانی'],
  ['Amir Ali Hajizadeh', 'Amirali Hajizade', 'امیرعلی حاجی‌زاده'],
  ['Ali Khamenei', 'Ali Khamenehi', 'علی خامنه‌ای'],
  ['Hassan Nasrallah', 'Hasan Nasrullah', 'حسن نصرالله'],
  ['Mohammad Bagheri', 'Mohammed Baqeri', 'محمد باقری'],
  ['Hossein Salami', 'Hussein Salami', 'حسین سلامی'],
];
const FIRST = ['Reza', 'Mehdi', 'Javad', 'Saeed', 'Majid', 'Hamid', 'Karim', 'Nasser', 'Yousef', 'Farid'];
const LAST = ['Rahimi', 'Karimi', 'Tehrani', 'Mousavi', 'Hosseini', 'Jafari', 'Rezaei', 'Ahmadi', 'Sadeghi', 'Nouri'];

function words(count: number): string {
  return Array.from({ length: count }, () => zipf(VOCABULARY)).join(' ');
}

function makeClaims(n: number): { claims: Claim[]; actors: Actor[] } {
  const actors: Actor[] = NAMES.map(([name = '', ...aliases], i) => ({ id: `a${i}`, name, kind: 'person', aliases }));
  const claims = Array.from({ length: n }, (_, i): Claim => {
    const name = random() < 0.5 ? `${pick(FIRST)} ${pick(LAST)}` : (pick(NAMES)[0] ?? '');
    return {
      id: `c${i}`, tenant: 'bench', statement: `${name} ${words(5 + Math.floor(random() * 6))}`,
      required: [], keywords: [], excluded: [], actorIds: random() < 0.2 ? [pick(actors).id] : [], createdAt: '1970-01-01T00:00:00.000Z',
    };
  });
  return { claims, actors };
}

function makeItem(claims: readonly Claim[]): string {
  let text = `${pick(pick(NAMES))} ${random() < 0.3 ? pick(claims).statement : ''} `;
  while (text.length < ITEM_BYTES) text += `${words(12)}. ${random() < 0.1 ? pick(pick(NAMES)) : ''} `;
  return text.slice(0, ITEM_BYTES);
}

function matcher(claims: readonly Claim[], actors: readonly Actor[]) {
  const compiled = compileClaims(claims, new Set(actors.map((a) => a.id)));
  const monitor = createMonitor(compiled);
  const findActors = createActorFinder(actors);
  return (text: string) => {
    const analysed = analyseItem(text);
    for (const m of findActors(analysed.tokens, analysed.keys)) analysed.terms.add(actorTerm(m.actorId));
    return monitor.match(analysed.terms);
  };
}

/** The baseline: every claim's words looked up in every item's word set. */
function naive(claims: readonly Claim[]) {
  const terms = claims.map((c) => normalizeText(c.statement).split(' '));
  return (text: string) => {
    const words = new Set(normalizeText(text).split(' '));
    let matched = 0;
    for (const t of terms) if (t.filter((w) => words.has(w)).length / t.length >= 0.5) matched++;
    return matched;
  };
}

function rate(run: (text: string) => unknown, items: readonly string[]): number {
  const started = performance.now();
  for (const item of items) run(item);
  return items.length / ((performance.now() - started) / 1000);
}

const gc = (globalThis as { gc?: () => void }).gc;
const rows: string[][] = [];
const perItemMs: number[] = [];
for (const n of CLAIM_COUNTS) {
  const { claims, actors } = makeClaims(n);
  const items = Array.from({ length: ITEMS }, () => makeItem(claims));
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const match = matcher(claims, actors);
  gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  rate(match, items.slice(0, 50));
  const fast = rate(match, items);
  const candidates = items.reduce((s, i) => s + match(i).candidatesChecked, 0) / items.length;
  const sampled = n >= 100_000;
  const slow = rate(naive(claims), sampled ? items.slice(0, NAIVE_SAMPLE_AT_100K) : items);
  perItemMs.push(1000 / fast);
  console.error(`${n} claims done`);
  rows.push([n.toLocaleString('en'), fast.toFixed(0), candidates.toFixed(1), heapMb.toFixed(1), `${slow.toFixed(1)}${sampled ? ` (${NAIVE_SAMPLE_AT_100K}-item sample)` : ''}`, `${(fast / slow).toFixed(0)}x`]);
}

console.log(`\nMatching ${ITEMS} items of ${ITEM_BYTES} bytes (one core)${gc ? '' : '; heap figures are rough: run with node --expose-gc for exact ones'}\n`);
console.log('| claims | items/s | candidates/item | heap MB | naive items/s | speed-up |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
const [at1k = 0, , , at100k = 0] = perItemMs;
console.log(`\nPer-item cost 100,000 vs 1,000 claims: ${(at100k / at1k).toFixed(2)}x`);
