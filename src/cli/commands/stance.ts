// `claimwatch stance`: JSON Lines in ({"id","claim","text","lang"?}), JSON Lines out ({"id","stance","confidence"}),
// one output line per input line, in order, streamed. Uses the judge the pipeline uses; a bad line yields an
// output line with an "error" field instead of stopping the stream.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import { z } from 'zod';
import type { Actor } from '../../domain/model.js';
import { asItem, createStanceJudge } from '../../domain/stance/index.js';

const StanceLine = z.object({
  id: z.union([z.string(), z.number()]),
  claim: z.string(),
  text: z.string(),
  lang: z.string().optional(),
});

function idOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : null;
}

export function judgeLine(line: string, judge: ReturnType<typeof createStanceJudge>): Record<string, unknown> {
  if (line.trim() === '') return { id: null, error: 'empty line' };
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { id: null, error: 'invalid JSON' };
  }
  const parsed = StanceLine.safeParse(raw);
  if (!parsed.success) return { id: idOf(raw), error: parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ') };
  const { id, claim, text, lang } = parsed.data;
  const result = judge.judge({ claim, ...asItem(text), language: lang });
  return { id, stance: result.stance, confidence: result.confidence };
}

export async function runStance(input: Readable, output: Writable, actors: readonly Actor[] = []): Promise<void> {
  const judge = createStanceJudge(actors);
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    let out: Record<string, unknown>;
    try {
      out = judgeLine(line, judge);
    } catch (e) {
      out = { id: null, error: `stance failed: ${(e as Error).message}` };
    }
    if (!output.write(`${JSON.stringify(out)}\n`)) await new Promise((resolve) => output.once('drain', resolve));
  }
}

export function registerStanceCommand(program: Command): void {
  program
    .command('stance')
    .description('Read {"id","claim","text","lang"?} JSON Lines on stdin; write {"id","stance","confidence"} per line')
    .action(async () => {
      await runStance(process.stdin, process.stdout);
    });
}
