// The words of a digest, in plain text, shared by every renderer (console, Discord, Slack), which only escape
// them and lay them out.
import { describeFlag } from '../alert/alert.js';
import { REPORT_FLAGS, type ReportFlag } from '../model.js';
import type { Digest, DigestClaim, DigestStance } from './digest.js';

const flagText = (f: string) => ((REPORT_FLAGS as readonly string[]).includes(f) ? describeFlag(f as ReportFlag) : f);

/** "White House via Washington Free Beacon (private), also in Tasnim News Agency" */
export function describeDigestStance(s: DigestStance): string {
  const where = s.label ? `${s.outlet} (${s.label})` : s.outlet;
  return `${s.speaker} via ${where}${s.alsoIn?.length ? `, also in ${s.alsoIn.join(', ')}` : ''}`;
}

/** The lines under a claim's statement. */
export function digestClaimLines(c: DigestClaim): string[] {
  const lines: string[] = [];
  if (c.newOutlets.length) lines.push(`New outlets: ${c.newOutlets.map((o) => `${o.name} (${o.label})`).join(', ')}`);
  if (c.assertions.length) lines.push(`Assertions: ${c.assertions.map(describeDigestStance).join('; ')}`);
  if (c.denials.length) lines.push(`Denials: ${c.denials.map(describeDigestStance).join('; ')}`);
  for (const w of c.weaklySourced) lines.push(`${w.flags.map(flagText).join(', ')}: ${w.title}`);
  const change = c.corroborationBefore !== undefined && c.corroborationBefore !== c.corroboration ? `, up from ${c.corroborationBefore}` : '';
  lines.push(`Independent outlets: ${c.corroboration}${change}`);
  if (c.omitted) lines.push(`(and ${c.omitted} more not shown)`);
  return lines;
}

export function digestTitle(d: Digest): string {
  return d.page && d.page.of > 1 ? `Daily digest (${d.page.number}/${d.page.of})` : 'Daily digest';
}

export function digestWindow(d: Digest): string {
  return `${d.windowStart} to ${d.windowEnd} (${d.timeZone})`;
}

export function digestQuietLine(d: Digest): string | undefined {
  return d.quiet.length ? `No activity: ${d.quiet.length} other claim${d.quiet.length === 1 ? '' : 's'}` : undefined;
}
