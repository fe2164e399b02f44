// `npm run register-commands [-- --guild ID]`: publishes the Discord slash commands, globally (can take up to an
// hour to show) or in one guild (instant; DISCORD_DEV_GUILD is the default when set).
import type { Command } from 'commander';
import { loadEnv } from '../../config/env.js';

export function registerRegisterCommandsCommand(program: Command): void {
  program
    .command('register-commands')
    .description('Publish the Discord slash commands (global, or one guild with --guild)')
    .option('--guild <id>', 'register in this guild only (default: DISCORD_DEV_GUILD)')
    .option('--global', 'register globally even when DISCORD_DEV_GUILD is set')
    .action(async (o: { guild?: string; global?: boolean }) => {
      const env = loadEnv();
      if (!env.DISCORD_TOKEN || !env.DISCORD_APP_ID) throw new Error('set DISCORD_TOKEN and DISCORD_APP_ID to register Discord commands');
      const guildId = o.global ? undefined : (o.guild ?? env.DISCORD_DEV_GUILD);
      const { registerCommands } = await import('../../chat/discord/command-definitions.js');
      const { count, scope } = await registerCommands({ token: env.DISCORD_TOKEN, appId: env.DISCORD_APP_ID, apiUrl: env.DISCORD_API_URL, ...(guildId ? { guildId } : {}) });
      console.log(`registered ${count} commands (${scope})`);
    });
}
