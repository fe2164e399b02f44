// Plain-text rendering of alerts, digests and notices, for the console sink and for logs.
import { alertHeadline, describeFlag, describeLabel, describeRelay, type Alert } from '../../domain/alert/alert.js';
import { describeCrossLanguage } from '../../domain/alert/cross-language.js';
import { digestClaimLines, digestQuietLine, digestTitle, digestWindow } from '../../domain/digest/describe.js';
import type { Digest } from '../../domain/digest/digest.js';
import type { Outbound } from '../core/transport.js';

export function renderAlertText(alert: Alert): string {
  const lines = [
    `[${alertHeadline(alert)}] ${alert.target.kind === 'claim' ? 'Claim' : 'Actor'}: ${alert.target.text}`,
    `  ${alert.item.title}`,
    `  ${alert.item.url}`,
    `  Outlet: ${alert.source.name} - ${describeLabel(alert.source)}. Basis: ${alert.source.basis}`,
  ];
  if (alert.stance) lines.push(`  Stance: ${alert.stance}${alert.speaker ? ` (speaker: ${alert.speaker})` : ''}`);
  if (alert.evidence && alert.kind === 'denial') lines.push(`  Quote: "${alert.evidence}"`);
  if (alert.crossLanguage) lines.push(`  Matched across languages: ${describeCrossLanguage(alert.crossLanguage)}`);
  if (alert.relays.length) lines.push(`  Relays: ${alert.relays.map(describeRelay).join(', ')}`);
  if (alert.flags.length) lines.push(`  Flags: ${alert.flags.map(describeFlag).join(', ')}`);
  if (alert.actors.length) lines.push(`  Actors: ${alert.actors.join(', ')}`);
  for (const note of alert.notes) lines.push(`  Note: ${note}`);
  if (alert.status) lines.push(`  Status: ${alert.status}`);
  return lines.join('\n');
}

export function renderDigestText(digest: Digest): string {
  const lines = [`${digestTitle(digest)}, ${digestWindow(digest)}`];
  for (const c of digest.active) lines.push(`* ${c.statement}`, ...digestClaimLines(c).map((l) => `  ${l}`));
  const quiet = digestQuietLine(digest);
  if (quiet) lines.push(quiet);
  return lines.join('\n');
}

export function renderText(message: Outbound): string {
  if (message.kind === 'alert') return renderAlertText(message.alert);
  if (message.kind === 'digest') return renderDigestText(message.digest);
  return message.text;
}
