// The `claimwatch` command as a user runs it: a child process with its own environment.
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { deletePrefix, REDIS_URL, testRedis, uniquePrefix } from '../../helpers/redis.js';
import { rss } from '../../helpers/rss.js';

const run = promisify(execFile);
const prefix = uniquePrefix('cli');

async function cli(args: string[], env: Record<string, string> = {}) {
  try {
    const r = await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      env: { ...process.env, REDIS_URL, REDIS_PREFIX: prefix, LOG_LEVEL: 'warn', ...env },
      timeout: 90_000,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

afterAll(async () => {
  const redis = testRedis();
  await deletePrefix(redis, prefix);
  await redis.quit();
});

// Each call starts a fresh Node process (several seconds on a loaded 2-core machine).
describe('claimwatch CLI', { timeout: 120_000 }, () => {
  it('replay prints one alert for the example claim, with the outlet label and basis, and none on a second replay', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cw-replay-'));
    const file = path.join(dir, 'feed.xml');
    const xml = rss('Tasnim (test)', [
      {
        guid: 'replay-1',
        title: 'Iran promised the US it would not retaliate against Israel in exchange for a Gaza ceasefire, sources say',
        description: 'Iran promised the United States it would not retaliate against Israel in exchange for a ceasefire in Gaza.',
        link: 'https://www.tasnimnews.com/en/news/replay-1',
      },
    ]).replace('<link>https://example.org</link>', '<link>https://www.tasnimnews.com/en</link>');
    await writeFile(file, xml);
    const first = await cli(['replay', file]);
    expect(first.code, first.stderr).toBe(0);
    const headers = first.stdout.split('\n').filter((l) => l.startsWith('['));
    expect(headers).toHaveLength(1);
    expect(first.stdout).toContain('Outlet: Tasnim News Agency - IRGC-affiliated');
    expect(first.stdout).toMatch(/Basis: .{10,}/);
    const second = await cli(['replay', file]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout.split('\n').filter((l) => l.startsWith('['))).toHaveLength(0);
  });

  it('reports a bad registry as one line naming file and path, exit 1, no stack trace', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cw-badcfg-'));
    await writeFile(path.join(dir, 'sources.yaml'), 'sources:\n  - id: x\n    name: X\n');
    await writeFile(path.join(dir, 'actors.yaml'), 'actors: []\n');
    const r = await cli(['sources', 'list'], { CONFIG_DIR: dir });
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n').filter((l) => !l.includes('npm warn'));
    expect(lines.every((l) => l.startsWith(`claimwatch: ${path.join(dir, 'sources.yaml')}: sources[0].`))).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports bad arguments and a bad environment clearly', async () => {
    const r = await cli(['run', '--roles', 'poll,cook']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--roles: unknown role cook');
    const env = await cli(['sources', 'list'], { HTTP_PORT: 'abc' });
    expect(env.code).toBe(1);
    expect(env.stderr).toMatch(/claimwatch: environment: HTTP_PORT:/);
  });

  it('claims add / list / remove act on the console tenant', async () => {
    const add = await cli(['claims', 'add', 'Hezbollah fired drones at Haifa port', '--keywords', 'drones']);
    expect(add.code, add.stderr).toBe(0);
    const id = /Tracking claim (\S+)/.exec(add.stdout)?.[1];
    expect(id).toBeDefined();
    expect((await cli(['claims', 'list'])).stdout).toContain(id!);
    expect((await cli(['claims', 'remove', id!])).code).toBe(0);
    const again = await cli(['claims', 'remove', id!]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('No such claim');
  });
});
