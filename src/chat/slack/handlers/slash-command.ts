// /claimwatch: parse the text, run the command core, answer within Slack's 3 seconds. A fast command's reply
// rides on the ack itself; a slow one acks "working on it" and its reply follows through response_url.
import type { App } from '@slack/bolt';
import { runCommand } from '../../core/commands/index.js';
import type { CommandContext } from '../../core/commands/types.js';
import { fail, ok, type Reply } from '../../core/reply.js';
import { OPTION_SYNTAX, helpLines, parseCommandText } from '../command-text.js';
import { renderReply } from '../render-reply.js';
import { tenantOf, type HandlerDeps } from './types.js';

export const SLASH_COMMAND = '/claimwatch';

interface SlashPayload {
  text: string;
  team_id: string;
  channel_id: string;
  user_id: string;
}

export async function answerCommand(payload: SlashPayload, deps: HandlerDeps): Promise<Reply> {
  const parsed = parseCommandText(payload.text);
  if (parsed.kind === 'help') {
    const sections = helpLines(parsed.group);
    if (sections.length === 0) return fail(`No commands under "${parsed.group}"`, 'See /claimwatch help.');
    return ok('claimwatch commands', [...sections, { lines: [OPTION_SYNTAX] }]);
  }
  if (parsed.kind === 'error') return fail(parsed.title, ...parsed.lines);
  const { spec, raw } = parsed;
  const ctx: CommandContext = {
    tenant: tenantOf(payload.team_id),
    platform: 'slack',
    channelId: payload.channel_id,
    userId: payload.user_id,
    // users.info only for the commands that need it; other commands never read isAdmin.
    isAdmin: spec.adminOnly ? await deps.admins.isAdmin(payload.team_id, payload.user_id) : false,
    now: deps.now(),
  };
  return runCommand(spec.group, spec.name, raw, ctx, deps.commands);
}

export function registerSlashCommand(app: App, deps: HandlerDeps): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
    const work = answerCommand(command, deps).catch((err: unknown) => {
      deps.logger.error({ err, text: command.text, team: command.team_id }, 'slack command failed');
      return fail('Something went wrong', 'The command failed on our side; try again in a moment.');
    });
    const timer = new Promise<'slow'>((resolve) => setTimeout(resolve, deps.ackBudgetMs, 'slow').unref());
    const early = await Promise.race([work, timer]);
    if (early !== 'slow') {
      await ack(renderReply(early));
      return;
    }
    await ack({ response_type: 'ephemeral', text: 'Working on it…' });
    await respond({ ...renderReply(await work), replace_original: true });
  });
}
