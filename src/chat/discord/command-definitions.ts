// The slash commands Discord shows, built from the command core's declarations: one top-level command per group
// with its subcommands one level deep. Registered with `npm run register-commands` (global, or one guild).
//
// Permissions: Discord's default_member_permissions applies to a whole top-level command, so a group with any
// admin-only subcommand (today only /feed) is shown to Manage Server holders only. That hides /feed list from
// other members too; we accept it, because feed URLs and their failure states are operator information and
// members see each outlet's feeds with /source show. Server admins can re-grant /feed per role in Server
// Settings > Integrations, which is why the handler checks Manage Server again at run time for admin subcommands.
import {
  ApplicationIntegrationType,
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  REST,
  Routes,
  SlashCommandBuilder,
  type RESTOptions,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type SlashCommandSubcommandBuilder,
} from 'discord.js';
import { COMMANDS, GROUP_DESCRIPTIONS } from '../core/commands/index.js';
import type { CommandSpec, OptionSpec } from '../core/commands/types.js';

function addOption(sub: SlashCommandSubcommandBuilder, o: OptionSpec): void {
  const required = o.required ?? false;
  if (o.type === 'channel') {
    sub.addChannelOption((b) => b.setName(o.name).setDescription(o.description).setRequired(required).addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement));
  } else if (o.type === 'integer') {
    sub.addIntegerOption((b) => b.setName(o.name).setDescription(o.description).setRequired(required).setAutocomplete(o.autocomplete !== undefined));
  } else if (o.choices) {
    const choices = o.choices.map((c) => ({ name: c, value: c }));
    sub.addStringOption((b) => b.setName(o.name).setDescription(o.description).setRequired(required).addChoices(...choices));
  } else {
    sub.addStringOption((b) => b.setName(o.name).setDescription(o.description).setRequired(required).setAutocomplete(o.autocomplete !== undefined));
  }
}

export function buildCommandDefinitions(specs: readonly CommandSpec[] = COMMANDS): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const groups = [...new Set(specs.map((s) => s.group))];
  return groups.map((group) => {
    const members = specs.filter((s) => s.group === group);
    const command = new SlashCommandBuilder()
      .setName(group)
      .setDescription(GROUP_DESCRIPTIONS[group] ?? group)
      .setContexts(InteractionContextType.Guild)
      .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
    if (members.some((s) => s.adminOnly)) command.setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild);
    for (const spec of members) {
      command.addSubcommand((sub) => {
        sub.setName(spec.name).setDescription(spec.description);
        // Discord requires required options before optional ones.
        const ordered = [...spec.options.filter((o) => o.required), ...spec.options.filter((o) => !o.required)];
        for (const o of ordered) addOption(sub, o);
        return sub;
      });
    }
    return command.toJSON();
  });
}

export interface RegisterOptions {
  token: string;
  appId: string;
  apiUrl: string;
  /** Register in one guild (instant, for development) instead of globally (up to an hour to appear). */
  guildId?: string;
  restOptions?: Partial<RESTOptions>;
}

/** Replaces the application's commands with the current definitions; returns how many were registered. */
export async function registerCommands(opts: RegisterOptions): Promise<{ count: number; scope: string }> {
  const rest = new REST({ ...opts.restOptions, api: opts.apiUrl }).setToken(opts.token);
  const body = buildCommandDefinitions();
  const route = opts.guildId ? Routes.applicationGuildCommands(opts.appId, opts.guildId) : Routes.applicationCommands(opts.appId);
  const saved = (await rest.put(route, { body })) as unknown[];
  return { count: saved.length, scope: opts.guildId ? `guild ${opts.guildId}` : 'global' };
}
