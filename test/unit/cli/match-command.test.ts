import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { promisify } from 'node:util';
import { Command } from 'commander';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readClaims, registerMatchCommand, runMatch } from '../../../src/cli/commands/match.js';

// Ranking does not depend on stance; the in-process tests keep the stance model out of the way.
vi.mock('../../../src/domain/stance/index.js', () => ({ createStanceJudge: () => ({ judge: () => ({ stance: 'reports', confidence: 0.5 }) }) }));

const CLAIMS = [
  { id: 'tanker', text: 'Iran seized an oil tanker in the Gulf' },
  { id: 'resign', text: 'The foreign minister resigned after the protests' },
];
const claimsJsonl = CLAIMS.map((c) => JSON.stringify(c)).join('\n');

async function runLines(input: string[], top = 5): Promise<Array<Record<string, unknown>>> {
  const claims = await readClaims(Readable.from([claimsJsonl]), () => {});
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (c: Buffer) => chunks.push(c.toString()));
  await runMatch({ claims, top, input: Readable.from([input.join('\n')]), output });
  return chunks.join('').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('claimwatch match contract', () => {
  it('writes one line per input line, in order, with ranked claims best first', async () => {
    const out = await runLines([
      JSON.stringify({ id: 'a', text: 'Tehran seizes oil tanker in the Gulf, navy says' }),
      JSON.stringify({ id: 'b', text: 'Weather: sunny' }),
      JSON.stringify({ id: 'c', text: 'Foreign minister resigns after protests; oil prices steady' }),
    ]);
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'c']);
    expect(out[0]).toEqual({ id: 'a', ranked: [{ claim: 'tanker', score: expect.any(Number), matched: true }] });
    expect(out[1]).toEqual({ id: 'b', ranked: [] });
    const ranked = out[2]?.ranked as Array<{ claim: string; score: number }>;
    expect(ranked[0]?.claim).toBe('resign');
    expect(ranked.every((r, i) => i === 0 || (ranked[i - 1]?.score ?? 0) >= r.score)).toBe(true);
  });

  it('keeps at most --top claims', async () => {
    const [out] = await runLines([JSON.stringify({ id: 'x', text: 'Iran oil tanker seized; foreign minister resigned over protests' })], 1);
    expect(out?.ranked).toHaveLength(1);
  });

  it('answers a bad line with an error line and carries on', async () => {
    const out = await runLines(['{not json', JSON.stringify({ id: 'n', text: 5 }), '', JSON.stringify({ id: 7, text: 'oil tanker seized by Iran' })]);
    expect(out).toHaveLength(4);
    expect(out[0]).toEqual({ id: null, error: expect.any(String) });
    expect(out[1]).toEqual({ id: null, error: '"text" must be a string' });
    expect(out[2]).toEqual({ id: null, error: expect.any(String) });
    expect(out[3]).toMatchObject({ id: '7', ranked: [{ claim: 'tanker', matched: true }] });
  });

  it('skips bad claim lines with a warning', async () => {
    const warnings: string[] = [];
    const claims = await readClaims(Readable.from(['{"id":"a","text":"x y z"}\nnope\n\n{"id":"b"}\n']), (m) => warnings.push(m));
    expect(claims.map((c) => c.id)).toEqual(['a']);
    expect(warnings).toEqual([expect.stringContaining('line 2'), expect.stringContaining('line 4')]);
  });

  it('registers `match` with its options', () => {
    const program = new Command();
    registerMatchCommand(program);
    const match = program.commands.find((c) => c.name() === 'match');
    expect(match?.options.map((o) => o.long)).toEqual(['--claims', '--top']);
  });
});

describe('claimwatch match as a process', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimwatch-match-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('streams JSON Lines through stdin and stdout', async () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const main = path.join(import.meta.dirname, 'match-main.ts');
    writeFileSync(path.join(dir, 'claims.jsonl'), claimsJsonl);
    const child = promisify(execFile)('npx', ['tsx', main, 'match', '--claims', path.join(dir, 'claims.jsonl'), '--top', '2'], { cwd: root });
    child.child.stdin?.end(`${JSON.stringify({ id: 'p', text: 'Iran seized an oil tanker' })}\nbroken\n`);
    const { stdout } = await child;
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      { id: 'p', ranked: [{ claim: 'tanker', score: expect.any(Number), matched: true }] },
      { id: null, error: expect.any(String) },
    ]);
  }, 30_000);
});
