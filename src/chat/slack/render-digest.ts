// A Digest as one or more Slack messages: one section per active claim, paged at the 50-block limit, each
// section under 3,000 characters (long lists are cut at a word and counted, never cut mid-word).
import { digestClaimLines } from '../../domain/digest/describe.js';
import type { Digest, DigestClaim } from '../../domain/digest/digest.js';
import { LIMITS, context, header, sectionsFromLines, toMessage, type Block, type SlackMessage } from './block-limits.js';
import { escapeText, truncateAtWord } from './mrkdwn.js';

/** More pages than this and the rest is summarised in one line: a digest is read, not scrolled. */
export const MAX_DIGEST_PAGES = 4;

function claimLines(c: DigestClaim): string[] {
  return [`*${escapeText(c.statement)}*`, ...digestClaimLines(c).map(escapeText)];
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
