// A digest as a command reply (the `digest now` preview): the first page, in plain text lines.
import { digestClaimLines, digestQuietLine } from '../domain/digest/describe.js';
import type { Digest } from '../domain/digest/digest.js';
import { pageDigest, shorten } from '../domain/digest/page.js';
import { ok, type Reply, type ReplySection } from '../chat/core/reply.js';

/** Replies are smaller than messages on every platform: keep the preview to one modest page. */
const PREVIEW_CHARS = 3_000;

export function digestReply(digest: Digest | undefined, windowText: string): Reply {
  if (!digest) return ok('Nothing to report', [{ lines: [`No activity on this channel's claims ${windowText}: a scheduled digest would not be sent.`] }]);
  const pages = pageDigest(digest, PREVIEW_CHARS);
  const first = pages[0] as Digest;
  const sections: ReplySection[] = first.active.map((c) => ({ heading: shorten(c.statement, 200), lines: digestClaimLines(c) }));
  const hidden = digest.active.length - first.active.length;
  const tail = [
    ...(hidden ? [`and ${hidden} more active claim${hidden === 1 ? '' : 's'} in the full digest`] : []),
    ...(digestQuietLine(digest) ? [digestQuietLine(digest) as string] : []),
  ];
  if (tail.length) sections.push({ lines: tail });
  return ok(`Digest preview ${windowText}`, sections);
}
