// `claimwatch run` (npm start): the bot. By default one process runs every worker; `--roles` runs a subset so
// workers can be spread over processes and hosts sharing one Redis. SIGTERM/SIGINT drain the workers and close Redis.
import { Option, type Command } from 'commander';
import { startApp } from '../../app.js';
import { chatAdaptersFor } from '../../chat/adapters.js';
import { ROLES, type Role } from '../../workers.js';
import { cliContext } from '../context.js';

function parseRoles(value: string): Set<Role> {
  const roles = value.split(',').map((r) => r.trim()).filter(Boolean);
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length || roles.length === 0) throw new Error(`--roles: unknown role ${unknown.join(', ') || '(none)'}; roles are ${ROLES.join(', ')}`);
  return new Set(roles as Role[]);
}

export function registerRunCommand(program: Command): void {
  program
    .command('run')
    .description('Poll feeds, match, and deliver alerts (console, Discord and/or Slack)')
    .addOption(new Option('--roles <list>', `workers to run in this process, comma-separated (${ROLES.join(', ')})`).default(ROLES.join(',')))
    .action(async (o: { roles: string }) => {
      const roles = parseRoles(o.roles);
      const { env, registry, logger } = await cliContext();
      const adapters = chatAdaptersFor(env, logger);
      if (adapters.length === 0) logger.info('no chat credentials: alerts are printed to the console');
      const app = await startApp({ env, registry, logger, adapters, roles });
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        logger.info({ signal }, 'shutting down: draining workers');
        app.stop().then(
          () => process.exit(0),
          (err: Error) => {
            logger.error({ err }, 'shutdown failed');
            process.exit(1);
          },
        );
      };
      process.on('SIGTERM', () => stop('SIGTERM'));
      process.on('SIGINT', () => stop('SIGINT'));
    });
}
