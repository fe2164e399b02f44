// Slack's Block Kit limits, written once as a schema and checked when a message is finished (toMessage), so a
// renderer bug fails loudly in tests instead of as `invalid_blocks` from Slack in production.
import { z } from 'zod';
import { truncateAtWord } from './mrkdwn.js';

export const LIMITS = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  sectionText: 3_000,
  headerText: 150,
  contextElements: 10,
  buttonText: 75,
  buttonValue: 2_000,
  fallbackText: 4_000,
} as const;

const mrkdwn = (max: number) => z.object({ type: z.literal('mrkdwn'), text: z.string().min(1).max(max), verbatim: z.boolean().optional() });
const plain = (max: number) => z.object({ type: z.literal('plain_text'), text: z.string().min(1).max(max), emoji: z.boolean().optional() });

const BlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('header'), text: plain(LIMITS.headerText) }),
  z.object({ type: z.literal('section'), text: mrkdwn(LIMITS.sectionText) }),
  z.object({ type: z.literal('context'), elements: z.array(mrkdwn(LIMITS.sectionText)).min(1).max(LIMITS.contextElements) }),
  z.object({ type: z.literal('divider') }),
  z.object({
    type: z.literal('actions'),
    block_id: z.string().max(255).optional(),
    elements: z
      .array(z.object({ type: z.literal('button'), action_id: z.string().max(255), text: plain(LIMITS.buttonText), value: z.string().max(LIMITS.buttonValue), style: z.enum(['primary', 'danger']).optional() }))
      .min(1)
      .max(25),
  }),
]);
export type Block = z.infer<typeof BlockSchema>;

const MessageSchema = z.object({ text: z.string().min(1).max(LIMITS.fallbackText), blocks: z.array(BlockSchema).min(1).max(LIMITS.blocksPerMessage) });
export type SlackMessage = z.infer<typeof MessageSchema>;

/** The one place messages are validated against the limits (renderers build, this checks). */
export function toMessage(text: string, blocks: Block[]): SlackMessage {
  return MessageSchema.parse({ text, blocks });
}

export const HomeViewSchema = z.object({ type: z.literal('home'), blocks: z.array(BlockSchema).max(LIMITS.blocksPerView) });
export type HomeView = z.infer<typeof HomeViewSchema>;

export const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text, verbatim: true } });
export const header = (text: string): Block => ({ type: 'header', text: { type: 'plain_text', text, emoji: false } });
export const context = (text: string): Block => ({ type: 'context', elements: [{ type: 'mrkdwn', text, verbatim: true }] });
export const divider: Block = { type: 'divider' };

/** Sections holding `lines` (already mrkdwn), split between lines to stay under the section limit. */
export function sectionsFromLines(lines: string[], max: number = LIMITS.sectionText): Block[] {
  const blocks: Block[] = [];
  let current = '';
  for (const raw of lines) {
    const line = raw.length > max ? truncateAtWord(raw, max) : raw;
    if (current && current.length + 1 + line.length > max) {
      blocks.push(section(current));
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) blocks.push(section(current));
  return blocks;
}
