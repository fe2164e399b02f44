// Plain-text rendering of alerts, digests and notices, for the console sink and for logs.
import { alertHeadline, describeFlag, describeLabel, describeRelay, type Alert } from '../../domain/alert/alert.js';
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
  if (alert.relays.length) lines.push(`  Relays: ${alert.relays.map(describeRelay).join(', ')}`);
  if (alert.flags.length) lines.push(`  Flags: ${alert.flags.map(describeFlag).join(', ')}`);
  if (alert.actors.length) lines.push(`  Actors: ${alert.actors.join(', ')}`);
  for (const note of alert.notes) lines.push(`  Note: ${note}`);
  if (alert.status) lines.push(`  Status: ${alert.status}`);
  return lines.join('\n');
}

export function renderDigestText(digest: Digest): string {
  const lines = [`Daily digest (${digest.windowStart} to ${digest.windowEnd}, ${digest.timeZone})`];
  for (const c of digest.active) {
    lines.push(`* ${c.statement}`);
    if (c.newOutlets.length) lines.push(`  New outlets: ${c.newOutlets.map((o) => `${o.name} (${o.label})`).join(', ')}`);
    if (c.assertions.length) lines.push(`  Assertions: ${c.assertions.map((a) => `${a.speaker} via ${a.outlet}`).join('; ')}`);
    if (c.denials.length) lines.push(`  Denials: ${c.denials.map((d) => `${d.speaker} via ${d.outlet}`).join('; ')}`);
    for (const w of c.weaklySourced) lines.push(`  Weakly sourced (${w.flags.join(', ')}): ${w.title}`);
    lines.push(`  Independent reports: ${c.corroboration}`);
  }
  if (digest.quiet.length) lines.push(`No activity: ${digest.quiet.length} other claim${digest.quiet.length === 1 ? '' : 's'}`);
  return lines.join('\n');
}

export function renderText(message: Outbound): string {
  if (message.kind === 'alert') return renderAlertText(message.alert);
  if (message.kind === 'digest') return renderDigestText(message.digest);
  return message.text;
}
