// `claimwatch match --claims FILE --top N`: the matcher's JSON Lines contract (../shared/eval/README.md).
// Claims come from FILE ({"id","text"} per line); items stream through stdin one line at a time and each gets
// one output line, in order: {"id","ranked":[{"claim","score","matched"}]} or {"id","error"}. It runs the same
// createEngine as the live pipeline, so its `matched` is the decision an alert would use.
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import { createEngine } from '../../domain/match/index.js';
import type { Engine } from '../../domain/match/engine.js';
import type { Claim } from '../../domain/model.js';

/** The CLI ranks every claim sharing a term with the item: its `ranked` list is a retrieval result, not only the alerts. */
const RANK_FLOOR = 0;
const CLAIM_DEFAULTS = { tenant: 'cli', required: [], keywords: [], excluded: [], actorIds: [], createdAt: '1970-01-01T00:00:00.000Z' };

interface LineInput {
  id: string;
  text: string;
}

function parseLine(line: string): LineInput {
  const value: unknown = JSON.parse(line);
  if (typeof value !== 'object' || value === null) throw new Error('expected a JSON object');
  const { id, text } = value as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') throw new Error('"id" must be a string or number');
  if (typeof text !== 'string') throw new Error('"text" must be a string');
  return { id: String(id), text };
}

function lines(input: Readable): AsyncIterable<string> {
  return createInterface({ input, crlfDelay: Infinity });
}

/** Reads the claims file; a bad line is reported on `warn` and skipped, so one typo does not stop a run. */
export async function readClaims(input: Readable, warn: (message: string) => void): Promise<Claim[]> {
  const claims: Claim[] = [];
  let n = 0;
  for await (const line of lines(input)) {
    n++;
    if (line.trim() === '') continue;
    try {
      const { id, text } = parseLine(line);
      claims.push({ ...CLAIM_DEFAULTS, id, statement: text });
    } catch (err) {
      warn(`claims line ${n}: ${(err as Error).message}`);
    }
  }
  return claims;
}

function judgeLine(engine: Engine, line: string): object {
  let id: string | null = null;
  try {
    const input = parseLine(line);
    id = input.id;
    const result = engine.judge({ id: input.id, title: '', summary: input.text });
    const ranked = result.ranked.map((r) => ({ claim: r.claimId, score: Number(r.score.toFixed(6)), matched: r.matched }));
    return { id, ranked };
  } catch (err) {
    return { id, error: (err as Error).message };
  }
}

/** Streams items from `input` to `output`, one JSON line out per line in, waiting when `output` is full. */
export async function runMatch(options: { claims: readonly Claim[]; top: number; input: Readable; output: Writable }): Promise<void> {
  const engine = createEngine({ claims: options.claims, actors: [], sources: [], rankLimit: options.top, rankFloor: RANK_FLOOR });
  for await (const line of lines(options.input)) {
    if (!options.output.write(`${JSON.stringify(judgeLine(engine, line))}\n`)) await once(options.output, 'drain');
  }
}

export function registerMatchCommand(program: Command): void {
  program
    .command('match')
    .description('Rank tracked claims for JSON Lines items on stdin ({"id","text"}); JSON Lines out')
    .requiredOption('--claims <file>', 'JSON Lines file of claims: {"id": "...", "text": "..."}')
    .option('--top <n>', 'how many ranked claims to print per item', '5')
    .action(async (o: { claims: string; top: string }) => {
      const top = Number(o.top);
      if (!Number.isInteger(top) || top < 1) throw new Error(`--top ${o.top}: expected a positive integer`);
      const claims = await readClaims(createReadStream(o.claims), (m) => console.error(`claimwatch match: ${m}`));
      await runMatch({ claims, top, input: process.stdin, output: process.stdout });
    });
}
