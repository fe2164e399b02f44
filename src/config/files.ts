// The YAML registries in config/: outlets, actors and example claims, validated with the domain's schemas.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { ActorSchema, SourceSchema, type Actor, type Source } from '../domain/model.js';
import { ConfigError, describeZodIssues } from './errors.js';

export const ClaimSeedSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes'),
  statement: z.string().min(3).max(500),
  required: z.array(z.string()).default([]),
  keywords: z.array(z.string()).default([]),
  excluded: z.array(z.string()).default([]),
  actors: z.array(z.string()).default([]),
});
export type ClaimSeed = z.infer<typeof ClaimSeedSchema>;

const SourcesFile = z.object({ sources: z.array(SourceSchema).min(1) });
const ActorsFile = z.object({ actors: z.array(ActorSchema) });
const ClaimsFile = z.object({ claims: z.array(ClaimSeedSchema) });

export async function loadYamlFile<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new ConfigError([`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`]);
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    const where = e instanceof YAMLParseError && e.linePos ? `line ${e.linePos[0].line}` : '(YAML)';
    throw new ConfigError([`${file}: ${where}: ${(e as Error).message.split('\n')[0]}`]);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ConfigError(describeZodIssues(file, parsed.error));
  return parsed.data;
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

export interface Registry {
  sources: Source[];
  actors: Actor[];
}

/** Loads config/sources.yaml and config/actors.yaml and checks what a schema alone cannot (unique ids). */
export async function loadRegistry(configDir: string): Promise<Registry> {
  const sourcesFile = path.join(configDir, 'sources.yaml');
  const actorsFile = path.join(configDir, 'actors.yaml');
  const { sources } = await loadYamlFile(sourcesFile, SourcesFile);
  const { actors } = await loadYamlFile(actorsFile, ActorsFile);
  const problems = [
    ...duplicates(sources.map((s) => s.id)).map((id) => `${sourcesFile}: sources: duplicate id "${id}"`),
    ...duplicates(actors.map((a) => a.id)).map((id) => `${actorsFile}: actors: duplicate id "${id}"`),
  ];
  if (problems.length) throw new ConfigError(problems);
  return { sources, actors };
}

export async function loadClaimSeeds(file: string): Promise<ClaimSeed[]> {
  return (await loadYamlFile(file, ClaimsFile)).claims;
}
