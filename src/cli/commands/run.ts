// `claimwatch run` (npm start): the whole bot in one process. SIGTERM/SIGINT drain the workers and close Redis.
import type { Command } from 'commander';
import { startApp } from '../../app.js';
import { chatAdaptersFor } from '../../chat/adapters.js';
import { cliContext } from '../context.js';

export function registerRunCommand(program: Command): void {
  program
    .command('run')
    .description('Poll feeds, match, and deliver alerts (console, Discord and/or Slack)')
    .action(async () => {
      const { env, registry, logger } = await cliContext();
      const adapters = await chatAdaptersFor(env, logger);
      if (adapters.length === 0) logger.info('no chat credentials: alerts are printed to the console');
      const app = await startApp({ env, registry, logger, adapters });
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
