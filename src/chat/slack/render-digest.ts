// A Digest as one or more Slack messages: one section per active claim, paged at the 50-block limit, each
// section under 3,000 characters (long lists are cut at a word and counted, never cut mid-word).
import type { Digest, DigestClaim } from '../../domain/digest/digest.js';
import { LIMITS, context, header, sectionsFromLines, toMessage, type Block, type SlackMessage } from './block-limits.js';
import { escapeText, link, truncateAtWord } from './mrkdwn.js';

/** More pages than this and the rest is summarised in one line: a digest is read, not scrolled. */
export const MAX_DIGEST_PAGES = 4;

function claimLines(c: DigestClaim): string[] {
  const e = escapeText;
  const lines = [`*${e(c.statement)}*`];
  if (c.newOutlets.length) lines.push(`New outlets: ${c.newOutlets.map((o) => `${e(o.name)} (${e(o.label)})`).join(', ')}`);
  if (c.assertions.length) lines.push(`Assertions: ${c.assertions.map((a) => `${e(a.speaker)} via ${e(a.outlet)}`).join('; ')}`);
  if (c.denials.length) lines.push(`Denials: ${c.denials.map((d) => `${e(d.speaker)} via ${e(d.outlet)}`).join('; ')}`);
  for (const w of c.weaklySourced) lines.push(`Weakly sourced (${w.flags.map(e).join(', ')}): ${link(w.url, w.title)}`);
  lines.push(`Independent reports: ${c.corroboration}`);
  return lines;
}

export function renderDigest(digest: Digest): SlackMessage[] {
  const title = header('Daily digest');
  const window = context(escapeText(`${digest.windowStart} to ${digest.windowEnd} (${digest.timeZone})`));
  const perClaim = digest.active.map((c) => sectionsFromLines(claimLines(c)));
  const quiet = digest.quiet.length ? [context(`No activity: ${digest.quiet.length} other claim${digest.quiet.length === 1 ? '' : 's'}`)] : [];
  if (perClaim.length === 0) return [toMessage('Daily digest: no activity', [title, window, ...(quiet.length ? quiet : [context('No activity on followed claims.')])])];

  const pages: Block[][] = [[title, window]];
  const room = LIMITS.blocksPerMessage - 1; // one block stays free for a closing summary
  let shown = 0;
  for (const blocks of perClaim) {
    let page = pages[pages.length - 1] as Block[];
    if (page.length + blocks.length > room) {
      if (pages.length === MAX_DIGEST_PAGES) break;
      page = [];
      pages.push(page);
    }
    page.push(...blocks);
    shown++;
  }
  const last = pages[pages.length - 1] as Block[];
  if (shown < perClaim.length) last.push(context(`…and ${perClaim.length - shown} more active claim(s): see /claimwatch claim list`));
  else if (quiet.length && last.length < LIMITS.blocksPerMessage) last.push(...quiet);
  return pages.map((blocks, i) => toMessage(truncateAtWord(escapeText(`Daily digest ${i + 1}/${pages.length}: ${digest.active.length} active claim(s)`), LIMITS.fallbackText), blocks));
}
