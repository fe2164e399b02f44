import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config/errors.js';
import { loadClaimSeeds, loadRegistry } from '../../../src/config/files.js';

async function dirWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cw-config-'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

async function linesOf(p: Promise<unknown>): Promise<string[]> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(ConfigError);
  return (err as ConfigError).lines;
}

const SOURCE = `  - id: a
    name: A
    domains: [a.example]
    country: IR
    languages: [fa]
    label: state-owned
    basis: Owned by the state broadcaster
    citations: [https://example.org/a]
    confidence: high
`;

describe('loadRegistry', () => {
  it('names the file, the path inside it and what is wrong', async () => {
    const dir = await dirWith({ 'sources.yaml': `sources:\n${SOURCE.replace('state-owned', 'propaganda')}`, 'actors.yaml': 'actors: []\n' });
    const lines = await linesOf(loadRegistry(dir));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${path.join(dir, 'sources.yaml')}: sources[0].label: Invalid option`);
  });

  it('reports YAML syntax errors with their line', async () => {
    const dir = await dirWith({ 'sources.yaml': 'sources:\n  - id: [unclosed\n', 'actors.yaml': 'actors: []\n' });
    expect((await linesOf(loadRegistry(dir)))[0]).toMatch(/sources\.yaml: line \d+:/);
  });

  it('refuses duplicate ids and a missing file', async () => {
    const dir = await dirWith({ 'sources.yaml': `sources:\n${SOURCE}${SOURCE}`, 'actors.yaml': 'actors: []\n' });
    expect(await linesOf(loadRegistry(dir))).toEqual([`${path.join(dir, 'sources.yaml')}: sources: duplicate id "a"`]);
    const empty = await dirWith({});
    expect((await linesOf(loadRegistry(empty)))[0]).toMatch(/sources\.yaml: cannot be read \(ENOENT\)/);
  });

  it('loads a valid registry with defaults filled in', async () => {
    const dir = await dirWith({ 'sources.yaml': `sources:\n${SOURCE}`, 'actors.yaml': 'actors:\n  - {id: x, name: X, kind: person}\n' });
    const reg = await loadRegistry(dir);
    expect(reg.sources[0]).toMatchObject({ id: 'a', aliases: [], feeds: [] });
    expect(reg.actors[0]).toMatchObject({ id: 'x', aliases: [] });
  });
});

describe('loadClaimSeeds', () => {
  it('checks claim ids are typeable', async () => {
    const dir = await dirWith({ 'c.yaml': 'claims:\n  - id: Bad Id\n    statement: Something happened somewhere\n' });
    expect((await linesOf(loadClaimSeeds(path.join(dir, 'c.yaml'))))[0]).toMatch(/claims\[0\]\.id: use lowercase letters/);
  });
});
