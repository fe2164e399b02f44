// `claimwatch <command>`: the bot (`run`), operator commands against the same Redis, and the engine's JSON Lines
// contract (`stance`, `match`). Configuration problems print one line each and exit 1, without a stack trace.
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/errors.js';
import { registerAdminCommands } from './commands/admin.js';
import { registerMatchCommand } from './commands/match.js';
import { registerRegisterCommandsCommand } from './commands/register-commands.js';
import { registerReplayCommand } from './commands/replay.js';
import { registerRunCommand } from './commands/run.js';
import { registerStanceCommand } from './commands/stance.js';

const program = new Command('claimwatch')
  .description('Watches news feeds for contested claims and alerts chat channels, with source-ownership labels')
  .showHelpAfterError()
  .exitOverride();

registerRunCommand(program);
registerAdminCommands(program);
registerReplayCommand(program);
registerRegisterCommandsCommand(program);
registerStanceCommand(program);
registerMatchCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode);
  if (err instanceof ConfigError) {
    for (const line of err.lines) console.error(`claimwatch: ${line}`);
    process.exit(1);
  }
  console.error(`claimwatch: ${(err as Error).message}`);
  process.exit(1);
}
