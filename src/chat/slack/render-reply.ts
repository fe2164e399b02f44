// A command Reply as a Slack response: a header, one section per reply section, everything escaped. Replies
// longer than a message allows are cut at a line boundary with a note, never mid-word.
import type { Reply } from '../core/reply.js';
import { replyToText } from '../core/reply.js';
import { LIMITS, context, header, sectionsFromLines, toMessage, type Block, type SlackMessage } from './block-limits.js';
import { escapeText, slackCommandRefs, truncateAtWord } from './mrkdwn.js';

export interface SlackReply extends SlackMessage {
  response_type: 'ephemeral' | 'in_channel';
}

export function renderReply(reply: Reply): SlackReply {
  const mark = (s: string) => slackCommandRefs(escapeText(s));
  const blocks: Block[] = [header(truncateAtWord(escapeText(`${reply.ok ? '' : '⚠️ '}${reply.title}`), LIMITS.headerText))];
  for (const s of reply.sections) {
    const lines = s.lines.map((l) => `• ${mark(l)}`);
    blocks.push(...sectionsFromLines(s.heading ? [`*${mark(s.heading)}*`, ...lines] : lines));
  }
  const room = LIMITS.blocksPerMessage - 1;
  const kept = blocks.length > LIMITS.blocksPerMessage ? [...blocks.slice(0, room), context(`${blocks.length - room} more part(s) not shown; narrow the request.`)] : blocks;
  const text = truncateAtWord(slackCommandRefs(escapeText(replyToText(reply))), LIMITS.fallbackText);
  return { response_type: reply.ephemeral ? 'ephemeral' : 'in_channel', ...toMessage(text, kept) };
}
