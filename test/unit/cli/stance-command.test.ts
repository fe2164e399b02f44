import { PassThrough } from 'node:stream';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerStanceCommand, runStance } from '../../../src/cli/commands/stance.js';

async function run(lines: string[]): Promise<Record<string, unknown>[]> {
  const input = new PassThrough();
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  const done = runStance(input, output);
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  return chunks.join('').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

const CLAIM = 'The US will take part in Israeli retaliatory strikes on Iran.';

describe('claimwatch stance', () => {
  it('writes one line per input line, in order, with stance and confidence', async () => {
    const out = await run([
      JSON.stringify({ id: 'a', claim: CLAIM, text: 'US tells Israel it will not take part in any retaliatory strike on Iran', lang: 'en' }),
      JSON.stringify({ id: 'b', claim: CLAIM, text: 'Apple unveils a new watch with a larger screen' }),
      JSON.stringify({ id: 7, claim: CLAIM, text: 'کاخ سفید مشارکت در حمله تلافی‌جویانه به ایران را تکذیب کرد', lang: 'fa' }),
    ]);
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 7]);
    expect(out[0]).toMatchObject({ stance: 'denies' });
    expect(out[1]).toMatchObject({ stance: 'unrelated' });
    for (const o of out) {
      expect(Object.keys(o).sort()).toEqual(['confidence', 'id', 'stance']);
      expect(o.confidence).toBeGreaterThanOrEqual(0);
      expect(o.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('answers a bad line with an error line and carries on', async () => {
    const out = await run([
      '{not json',
      JSON.stringify({ id: 'x', claim: CLAIM }),
      '',
      JSON.stringify({ id: 'ok', claim: CLAIM, text: 'US denies it will join strikes on Iran' }),
    ]);
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ id: null, error: 'invalid JSON' });
    expect(out[1]).toMatchObject({ id: 'x' });
    expect(String(out[1]?.error)).toMatch(/text/);
    expect(out[2]).toHaveProperty('error');
    expect(out[3]).toMatchObject({ id: 'ok' });
    expect(out[3]).toHaveProperty('stance');
  });

  it('registers a "stance" command', () => {
    const program = new Command();
    registerStanceCommand(program);
    expect(program.commands.map((c) => c.name())).toContain('stance');
  });
});
