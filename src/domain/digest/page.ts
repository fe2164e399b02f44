// Fitting a digest into a platform's message limits without cutting text mid-word: the digest is split into
// pages by claim (a claim is never split), and a claim too big for a page alone has its longest texts shortened
// at a word and its lists cut, with the number left out recorded for the renderer to show.
import type { Digest, DigestClaim } from './digest.js';

const ELLIPSIS = '…';
/** Per-page room for the header (title, window, time zone) and the "no activity" line. */
const PAGE_OVERHEAD = 200;
/** Per-line room for renderer words such as "Denials:" and separators. */
const LINE_OVERHEAD = 16;
const MAX_STATEMENT = 300;
const MAX_TITLE = 200;

/**
 * `text` if it fits in `max` characters; otherwise cut at the last whitespace that leaves room for "…". A
 * single word longer than `max` has no boundary to cut at and is cut at a code point, never inside a surrogate
 * pair.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  const room = max - ELLIPSIS.length;
  const head = text.slice(0, room + 1);
  const boundary = head.search(/\s\S*$/);
  if (boundary > 0) return `${head.slice(0, boundary).trimEnd()}${ELLIPSIS}`;
  return `${text.slice(0, room).replace(/[\uD800-\uDBFF]$/, '')}${ELLIPSIS}`;
}

/** An estimate of the characters a renderer needs for one claim: its texts plus a little per line. */
export function digestClaimChars(c: DigestClaim): number {
  const stance = (s: DigestClaim['denials'][number]) => s.speaker.length + s.outlet.length + (s.label?.length ?? 0) + (s.alsoIn ?? []).join(', ').length;
  const lines = [
    c.statement.length,
    ...c.newOutlets.map((o) => o.name.length + o.label.length),
    ...c.denials.map(stance),
    ...c.assertions.map(stance),
    ...c.weaklySourced.map((w) => w.title.length + w.url.length + w.flags.join(', ').length),
    30, // corroboration and "and N more"
  ];
  return lines.reduce((sum, n) => sum + n + LINE_OVERHEAD, 0);
}

/** A claim brought under `max` characters: long texts shortened at a word, then list entries dropped and counted. */
export function fitClaim(c: DigestClaim, max: number): DigestClaim {
  if (digestClaimChars(c) <= max) return c;
  const fitted: DigestClaim = {
    ...c,
    statement: shorten(c.statement, MAX_STATEMENT),
    newOutlets: [...c.newOutlets],
    denials: [...c.denials],
    assertions: [...c.assertions],
    weaklySourced: c.weaklySourced.map((w) => ({ ...w, title: shorten(w.title, MAX_TITLE) })),
  };
  let omitted = c.omitted ?? 0;
  // Least important first; denials, the headline of the story, go last.
  const lists = [fitted.weaklySourced, fitted.newOutlets, fitted.assertions, fitted.denials] as unknown[][];
  for (const list of lists) {
    while (list.length > 0 && digestClaimChars({ ...fitted, omitted }) > max) {
      list.pop();
      omitted++;
    }
  }
  return omitted ? { ...fitted, omitted } : fitted;
}

/**
 * Splits a digest into pages of at most `maxCharsPerPage` (estimated by digestClaimChars), by claim, in order.
 * The "no activity" list goes on the last page. One page comes back unchanged; several carry `page`.
 */
export function pageDigest(digest: Digest, maxCharsPerPage: number): Digest[] {
  const room = Math.max(maxCharsPerPage - PAGE_OVERHEAD, 1);
  const pages: DigestClaim[][] = [[]];
  let used = 0;
  for (const claim of digest.active.map((c) => fitClaim(c, room))) {
    const size = digestClaimChars(claim);
    const page = pages[pages.length - 1] as DigestClaim[];
    if (page.length > 0 && used + size > room) {
      pages.push([claim]);
      used = size;
    } else {
      page.push(claim);
      used += size;
    }
  }
  if (pages.length === 1) return [{ ...digest, active: pages[0] as DigestClaim[] }];
  return pages.map((active, i) => ({
    ...digest,
    active,
    quiet: i === pages.length - 1 ? digest.quiet : [],
    page: { number: i + 1, of: pages.length },
  }));
}
