// A minimal `claimwatch` holding only the match command, run as a child process by match-command.test.ts.
import { Command } from 'commander';
import { registerMatchCommand } from '../../../src/cli/commands/match.js';

const program = new Command('claimwatch');
registerMatchCommand(program);
await program.parseAsync(process.argv);
