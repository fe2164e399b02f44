// An Alert as a Discord embed: coloured by kind (denials red), the item's title linking to it, the outlet's
// ownership label with its basis and citation, relays, flags, speaker and the claim's status line. Every piece of
// third-party text goes through safeText; only the citation link (from our own registry) is markdown we write.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { alertHeadline, describeFlag, describeLabel, describeRelay, type Alert } from '../../domain/alert/alert.js';
import { describeCrossLanguage } from '../../domain/alert/cross-language.js';
import { EMBED_LIMITS, assertEmbedLimits, fitLines, safeClip } from './embed-limits.js';
import { oneLine } from './safe-text.js';

export const ALERT_COLOURS: Record<Alert['kind'], number> = {
  denial: 0xd93025,
  assertion: 0xf29900,
  relay: 0x8e24aa,
  'first-sighting': 0x1a73e8,
  mention: 0x5f6368,
  actor: 0x00897b,
};

export function isHttpUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** A masked link we write ourselves: the target is percent-encoded so it cannot close the markdown early. */
function link(label: string, url: string): string {
  return `[${label}](${url.replace(/[()<>\s]/g, encodeURIComponent)})`;
}

// Per-field budgets keep the whole embed under Discord's 6000-character total whatever the feed sends.
function field(name: string, lines: readonly string[], budget: number): APIEmbedField {
  return { name, value: fitLines(lines, Math.min(budget, EMBED_LIMITS.fieldValue)) || '-' };
}

function outletField(source: Alert['source']): APIEmbedField {
  const citation = isHttpUrl(source.citation) ? `\n${link('citation', source.citation)}` : '';
  const text = `${safeClip(`${oneLine(source.name)}: ${describeLabel(source)}`, 300)}\n${safeClip(`Basis: ${source.basis}`, 600)}`;
  return { name: 'Outlet', value: text.length + citation.length <= EMBED_LIMITS.fieldValue ? `${text}${citation}` : text };
}

export function alertEmbed(alert: Alert): APIEmbed {
  const quote = alert.kind === 'denial' && alert.evidence ? `\n> ${safeClip(oneLine(alert.evidence), 1_000)}` : '';
  const fields: APIEmbedField[] = [
    field(alert.target.kind === 'claim' ? 'Claim' : 'Actor', [alert.target.text], 500),
    // Beside the claim: the words that met are what a reader compares with it.
    ...(alert.crossLanguage ? [field('Matched across languages', [describeCrossLanguage(alert.crossLanguage)], 400)] : []),
    outletField(alert.source),
  ];
  if (alert.relays.length) fields.push(field('Relays', alert.relays.map((r) => `relays ${describeRelay(r)}`), 400));
  if (alert.flags.length) fields.push(field('Flags', [alert.flags.map(describeFlag).join(', ')], 200));
  if (alert.speaker) fields.push(field('Speaker', [alert.speaker], 200));
  if (alert.actors.length) fields.push(field('Actors', [alert.actors.join(', ')], 300));
  if (alert.notes.length) fields.push(field('Notes', alert.notes, 600));
  if (alert.status) fields.push(field('Status', [alert.status], 300));
  const embed: APIEmbed = {
    color: alert.kind === 'denial' || alert.stance === 'denies' ? ALERT_COLOURS.denial : ALERT_COLOURS[alert.kind],
    title: safeClip(oneLine(alert.item.title) || alert.item.url, EMBED_LIMITS.title),
    description: `**${safeClip(alertHeadline(alert), 200)}**${quote}`,
    fields,
    footer: { text: 'claimwatch: labels describe ownership, not accuracy' },
    ...(isHttpUrl(alert.item.url) ? { url: alert.item.url } : {}),
    ...(Number.isNaN(Date.parse(alert.item.publishedAt)) ? {} : { timestamp: new Date(alert.item.publishedAt).toISOString() }),
  };
  return assertEmbedLimits([embed])[0] as APIEmbed;
}
