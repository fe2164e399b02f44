// Slash-command and autocomplete interactions handed to the command core. The adapter only translates: tenant
// from the guild, admin from the member's Manage Server permission, raw option values to runCommand, and the
// neutral Reply back as an embed. Interactions must be answered within 3 seconds: commands known to be slow
// defer at once, and any other command defers if it has not answered within `deferAfterMs`.
import {
  ApplicationCommandOptionType,
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import type { Logger } from 'pino';
import { COMMANDS, findCommand, runCommand, suggest } from '../core/commands/index.js';
import type { CommandContext, CommandDeps, CommandSpec } from '../core/commands/types.js';
import { fail, type Reply } from '../core/reply.js';
import { replyOptions } from './reply-message.js';

/** Commands that fetch over the network or read a lot: deferred before they start. */
const SLOW_COMMANDS = new Set(['feed add', 'claim show', 'digest now']);

export interface InteractionHandlerOptions {
  deps: CommandDeps;
  logger: Logger;
  specs?: readonly CommandSpec[];
  /** A command still running after this long is deferred (Discord's limit for the first answer is 3 s). */
  deferAfterMs?: number;
  now?: () => Date;
}

function context(interaction: ChatInputCommandInteraction | AutocompleteInteraction, guildId: string, now: Date): CommandContext {
  return {
    tenant: `discord:${guildId}`,
    platform: 'discord',
    channelId: interaction.channelId,
    userId: interaction.user.id,
    isAdmin: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
    now,
  };
}

/** The subcommand's option values as the user gave them (a channel option's value is the channel id). */
function rawOptions(interaction: ChatInputCommandInteraction): Record<string, unknown> {
  const sub = interaction.options.data.find((o) => o.type === ApplicationCommandOptionType.Subcommand);
  return Object.fromEntries((sub?.options ?? []).map((o) => [o.name, o.value]));
}

/** An edit cannot change visibility (fixed when the response was deferred), so it carries no flags. */
function editOptions(reply: Reply) {
  const { flags: _visibility, ...rest } = replyOptions(reply);
  return rest;
}

const DM_REFUSAL = fail('Use claimwatch in a server', 'Claims, feeds and alerts belong to a server: run this command in one of its channels.');

export function createInteractionHandler(opts: InteractionHandlerOptions): (interaction: Interaction) => Promise<void> {
  const specs = opts.specs ?? COMMANDS;
  const deferAfterMs = opts.deferAfterMs ?? 2_000;
  const now = opts.now ?? (() => new Date());

  async function command(interaction: ChatInputCommandInteraction): Promise<void> {
    if (!interaction.inGuild()) {
      await interaction.reply(replyOptions(DM_REFUSAL));
      return;
    }
    const group = interaction.commandName;
    const name = interaction.options.getSubcommand(false) ?? '';
    const ctx = context(interaction, interaction.guildId, now());
    let deferred = false;
    const defer = async () => {
      deferred = true;
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    };
    if (SLOW_COMMANDS.has(`${group} ${name}`)) await defer();
    const running = runCommand(group, name, rawOptions(interaction), ctx, opts.deps, specs);
    let timer: NodeJS.Timeout | undefined;
    const late = deferred ? undefined : new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), deferAfterMs)));
    const first = late ? await Promise.race([running, late]) : await running;
    clearTimeout(timer);
    if (first === 'late') await defer();
    const reply: Reply = first === 'late' ? await running : first;
    if (deferred) await interaction.editReply(editOptions(reply));
    else await interaction.reply(replyOptions(reply));
  }

  async function autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    const spec = findCommand(interaction.commandName, interaction.options.getSubcommand(false) ?? '', specs);
    const kind = spec?.options.find((o) => o.name === focused.name)?.autocomplete;
    if (!interaction.inGuild() || !kind) {
      await interaction.respond([]);
      return;
    }
    await interaction.respond(await suggest(kind, String(focused.value), context(interaction, interaction.guildId, now()), opts.deps));
  }

  return async (interaction) => {
    try {
      if (interaction.isChatInputCommand()) await command(interaction);
      else if (interaction.isAutocomplete()) await autocomplete(interaction);
    } catch (err) {
      opts.logger.error({ err, interactionId: interaction.id }, 'discord interaction failed');
      if (interaction.isChatInputCommand()) {
        const failed = fail('Something went wrong', 'The command failed; it was logged. Try again in a moment.');
        await (interaction.deferred || interaction.replied ? interaction.editReply(editOptions(failed)) : interaction.reply(replyOptions(failed))).catch(() => undefined);
      }
    }
  };
}
