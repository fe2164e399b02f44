// Discord's embed limits as a schema beside the builders that must respect them (the builders summarise so the
// check never fails; the check catches a builder that forgot to). Length counts UTF-16 code units, as Discord does.
import type { APIEmbed } from 'discord.js';
import { z } from 'zod';
import { safeText } from './safe-text.js';

export const EMBED_LIMITS = {
  title: 256,
  description: 4_096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1_024,
  footer: 2_048,
  author: 256,
  /** Sum of title, description, field names and values, footer and author: per embed and per message. */
  total: 6_000,
  embedsPerMessage: 10,
} as const;

/** The characters Discord counts towards the 6000 total. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

const EmbedSchema = z
  .object({
    title: z.string().max(EMBED_LIMITS.title).optional(),
    description: z.string().max(EMBED_LIMITS.description).optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    fields: z
      .array(z.object({ name: z.string().min(1).max(EMBED_LIMITS.fieldName), value: z.string().min(1).max(EMBED_LIMITS.fieldValue), inline: z.boolean().optional() }))
      .max(EMBED_LIMITS.fields)
      .optional(),
    footer: z.object({ text: z.string().max(EMBED_LIMITS.footer) }).loose().optional(),
    author: z.object({ name: z.string().max(EMBED_LIMITS.author) }).loose().optional(),
  })
  .loose();

const MessageEmbedsSchema = z
  .array(EmbedSchema)
  .min(1)
  .max(EMBED_LIMITS.embedsPerMessage)
  .refine((embeds) => embeds.reduce((n, e) => n + embedLength(e as APIEmbed), 0) <= EMBED_LIMITS.total, `embeds exceed ${EMBED_LIMITS.total} characters in total`);

/** Checks one message's embeds against Discord's limits; throws (a bug in a builder) rather than sending a 400. */
export function assertEmbedLimits(embeds: APIEmbed[]): APIEmbed[] {
  const parsed = MessageEmbedsSchema.safeParse(embeds);
  if (!parsed.success) throw new Error(`discord/embed-limits: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return embeds;
}

/** Shortens text to at most `max` characters at a word boundary, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, Math.max(0, max - 1));
  const atSpace = room.search(/\s+\S*$/);
  const cut = atSpace > max / 2 ? room.slice(0, atSpace) : room;
  return `${cut.trimEnd()}…`;
}

/** Third-party text escaped for Discord and clipped (before escaping, so no escape or isolate is cut). */
export function safeClip(raw: string, max: number): string {
  let budget = max;
  for (;;) {
    const out = safeText(clip(raw, budget));
    if (out.length <= max || budget <= 1) return out.length <= max ? out : '…';
    budget -= out.length - max;
  }
}

/**
 * Joins lines of third-party text (escaped here) within `max` characters. Lines that do not fit are dropped
 * whole from the end and counted ("… and 3 more"); only a first line longer than `max` is clipped.
 */
export function fitLines(rawLines: readonly string[], max: number): string {
  const more = (n: number) => (n > 0 ? `… and ${n} more` : '');
  const kept: string[] = [];
  let used = 0;
  for (const [i, raw] of rawLines.entries()) {
    const sep = kept.length ? 1 : 0;
    const after = rawLines.length - i - 1;
    const reserve = after > 0 ? more(after).length + 1 : 0;
    const line = safeText(raw);
    if (used + sep + line.length + reserve <= max) {
      kept.push(line);
      used += sep + line.length;
      continue;
    }
    if (kept.length === 0) kept.push(safeClip(raw, max - reserve));
    const omitted = rawLines.length - kept.length;
    return omitted > 0 ? [...kept, more(omitted)].join('\n') : kept.join('\n');
  }
  return kept.join('\n');
}
