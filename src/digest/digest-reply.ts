// A digest as a command reply (the `digest now` preview): the first page, in plain text lines.
import { describeFlag } from '../domain/alert/alert.js';
import type { Digest, DigestClaim, DigestStance } from '../domain/digest/digest.js';
import { pageDigest, shorten } from '../domain/digest/page.js';
import type { ReportFlag } from '../domain/model.js';
import { ok, type Reply, type ReplySection } from '../chat/core/reply.js';

/** Replies are smaller than messages on every platform: keep the preview to one modest page. */
const PREVIEW_CHARS = 3_000;

function stance(s: DigestStance): string {
  const where = [`${s.outlet}${s.label ? ` (${s.label})` : ''}`, ...(s.alsoIn ?? [])].join(', ');
  return `${s.speaker} in ${where}`;
}

export function digestClaimLines(c: DigestClaim): string[] {
  const lines: string[] = [];
  if (c.newOutlets.length) lines.push(`New outlets: ${c.newOutlets.map((o) => `${o.name} (${o.label})`).join(', ')}`);
  if (c.assertions.length) lines.push(`Asserted by: ${c.assertions.map(stance).join('; ')}`);
  if (c.denials.length) lines.push(`Denied by: ${c.denials.map(stance).join('; ')}`);
  for (const w of c.weaklySourced) lines.push(`${w.flags.map((f) => describeFlag(f as ReportFlag)).join(', ')}: ${w.title}`);
  const change = c.corroborationBefore !== undefined && c.corroborationBefore !== c.corroboration ? ` (was ${c.corroborationBefore})` : '';
  lines.push(`Independent outlets: ${c.corroboration}${change}`);
  if (c.omitted) lines.push(`and ${c.omitted} more`);
  return lines;
}

export function digestReply(digest: Digest | undefined, windowText: string): Reply {
  if (!digest) return ok('Nothing to report', [{ lines: [`No activity on this channel's claims ${windowText}: a scheduled digest would not be sent.`] }]);
  const pages = pageDigest(digest, PREVIEW_CHARS);
  const first = pages[0] as Digest;
  const sections: ReplySection[] = first.active.map((c) => ({ heading: shorten(c.statement, 200), lines: digestClaimLines(c) }));
  const hidden = digest.active.length - first.active.length;
  const tail = [
    ...(hidden ? [`and ${hidden} more active claim${hidden === 1 ? '' : 's'} in the full digest`] : []),
    ...(digest.quiet.length ? [`No activity: ${digest.quiet.length} other claim${digest.quiet.length === 1 ? '' : 's'}`] : []),
  ];
  if (tail.length) sections.push({ lines: tail });
  return ok(`Digest preview ${windowText}`, sections);
}
