// What every CLI command starts from: the environment, the registries and a logger, parsed once.
import { loadEnv, type Env } from '../config/env.js';
import { loadRegistry, type Registry } from '../config/files.js';
import path from 'node:path';
import { createLogger } from '../ops/logger.js';
import type { Logger } from 'pino';

export interface CliContext {
  env: Env;
  registry: Registry;
  logger: Logger;
}

export async function cliContext(overrides: Partial<Record<string, string>> = {}): Promise<CliContext> {
  const env = loadEnv({ ...process.env, ...overrides });
  const logger = createLogger(env.LOG_LEVEL);
  const registry = await loadRegistry(path.resolve(env.CONFIG_DIR));
  return { env, registry, logger };
}
