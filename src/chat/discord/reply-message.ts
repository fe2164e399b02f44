// A command Reply as an interaction response: one embed, every string escaped (Reply strings are plain text by
// contract), nothing that can ping, ephemeral unless the command said otherwise.
import { MessageFlags, type APIEmbed, type InteractionReplyOptions } from 'discord.js';
import type { Reply } from '../core/reply.js';
import { EMBED_LIMITS, assertEmbedLimits, fitLines, safeClip } from './embed-limits.js';
import { oneLine } from './safe-text.js';

const OK_COLOUR = 0x188038;
const FAIL_COLOUR = 0xd93025;
const DESCRIPTION_BUDGET = 2_000;

export function replyEmbed(reply: Reply): APIEmbed {
  const plain = reply.sections.filter((s) => !s.heading).flatMap((s) => s.lines);
  const headed = reply.sections.filter((s) => s.heading && s.lines.length).slice(0, EMBED_LIMITS.fields);
  const title = safeClip(oneLine(reply.title), EMBED_LIMITS.title);
  const description = plain.length ? fitLines(plain, DESCRIPTION_BUDGET) : '';
  const names = headed.map((s) => safeClip(oneLine(s.heading ?? ''), 100));
  // Headed sections share what the title and description leave of the 6000 total.
  const left = EMBED_LIMITS.total - title.length - description.length - names.reduce((n, x) => n + x.length, 0);
  const perField = Math.min(EMBED_LIMITS.fieldValue, Math.floor(left / Math.max(1, headed.length)));
  const embed: APIEmbed = {
    color: reply.ok ? OK_COLOUR : FAIL_COLOUR,
    title,
    ...(description ? { description } : {}),
    ...(headed.length ? { fields: headed.map((s, i) => ({ name: names[i] ?? '-', value: fitLines(s.lines, perField) || '-' })) } : {}),
  };
  return assertEmbedLimits([embed])[0] as APIEmbed;
}

/** Options for reply/editReply/followUp; `ephemeral` is honoured only where the response is not yet deferred. */
export function replyOptions(reply: Reply): InteractionReplyOptions & { embeds: APIEmbed[] } {
  return { embeds: [replyEmbed(reply)], allowedMentions: { parse: [] }, ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) };
}
