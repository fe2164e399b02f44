// The buttons under an alert. "Mute" runs the core's alerts mute for 24 h in the clicked channel; "Not
// relevant" records feedback on the claim. Both check the target belongs to the clicking workspace.
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { z } from 'zod';
import { runCommand } from '../../core/commands/index.js';
import { fail, ok, type Reply } from '../../core/reply.js';
import { recordNotRelevant } from '../feedback.js';
import { ACTION_MUTE, ACTION_NOT_RELEVANT } from '../render-alert.js';
import { renderReply } from '../render-reply.js';
import { tenantOf, type HandlerDeps } from './types.js';

const ButtonValueSchema = z.object({ kind: z.enum(['claim', 'actor']), target: z.string().min(1), item: z.string().min(1) });

function parseValue(raw: string | undefined): z.infer<typeof ButtonValueSchema> | undefined {
  try {
    return ButtonValueSchema.parse(JSON.parse(raw ?? ''));
  } catch {
    return undefined;
  }
}

type Click = BlockAction<ButtonAction>;

async function mute(body: Click, action: ButtonAction, deps: HandlerDeps): Promise<Reply> {
  const value = parseValue(action.value);
  if (!value || !body.team || !body.channel) return fail('Cannot mute from here');
  const ctx = { tenant: tenantOf(body.team.id), platform: 'slack' as const, channelId: body.channel.id, userId: body.user.id, isAdmin: false, now: deps.now() };
  return runCommand('alerts', 'mute', { target: value.target, duration: '24h' }, ctx, deps.commands);
}

async function notRelevant(body: Click, action: ButtonAction, deps: HandlerDeps): Promise<Reply> {
  const value = parseValue(action.value);
  if (!value || value.kind !== 'claim' || !body.team || !body.channel) return fail('Cannot record that here');
  const claim = await deps.commands.stores.claims.getForTenant(tenantOf(body.team.id), value.target);
  if (!claim) return fail('No such claim', `"${value.target}" is no longer tracked in this workspace.`);
  await recordNotRelevant(deps.commands.stores, claim.id, value.item, { user: body.user.id, channel: body.channel.id, at: deps.now().toISOString() });
  return ok('Thanks: marked as not relevant', [{ lines: [`Recorded for claim ${claim.id}; it helps tune the claim's terms.`] }]);
}

export function registerAlertButtons(app: App, deps: HandlerDeps): void {
  const handlers = { [ACTION_MUTE]: mute, [ACTION_NOT_RELEVANT]: notRelevant };
  for (const [actionId, handle] of Object.entries(handlers)) {
    app.action<Click>(actionId, async ({ ack, body, action, respond }) => {
      await ack();
      const reply = await handle(body, action, deps).catch((err: unknown) => {
        deps.logger.error({ err, actionId }, 'slack button failed');
        return fail('Something went wrong', 'Try again in a moment.');
      });
      await respond({ ...renderReply(reply), response_type: 'ephemeral', replace_original: false });
    });
  }
}
