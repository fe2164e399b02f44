// A Digest as Discord embeds, paged by claim: each active claim is one field, and a page closes before it would
// pass 25 fields or the 6000-character total. Each page is sent as its own message (the total is per message).
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { digestClaimLines, digestQuietLine, digestWindow } from '../../domain/digest/describe.js';
import type { Digest, DigestClaim } from '../../domain/digest/digest.js';
import { EMBED_LIMITS, assertEmbedLimits, embedLength, fitLines, safeClip } from './embed-limits.js';
import { oneLine, safeText } from './safe-text.js';

const DIGEST_COLOUR = 0x1a73e8;
// Room left on every page for the title, the description and the "no activity" footer.
const PAGE_BUDGET = EMBED_LIMITS.total - 700;

function claimField(c: DigestClaim): APIEmbedField {
  const lines = digestClaimLines(c).map((l) => safeText(oneLine(l)));
  return { name: safeClip(oneLine(c.statement), EMBED_LIMITS.fieldName), value: fitLines(lines, EMBED_LIMITS.fieldValue) };
}

export function digestEmbeds(digest: Digest): APIEmbed[] {
  const fields = digest.active.map(claimField);
  const pages: APIEmbedField[][] = [[]];
  let size = 0;
  for (const f of fields) {
    const page = pages[pages.length - 1] as APIEmbedField[];
    const cost = f.name.length + f.value.length;
    if (page.length > 0 && (page.length === EMBED_LIMITS.fields || size + cost > PAGE_BUDGET)) {
      pages.push([f]);
      size = cost;
    } else {
      page.push(f);
      size += cost;
    }
  }
  const window = digestWindow(digest);
  const quiet = digestQuietLine(digest) ?? '';
  return pages.map((page, i) => {
    const embed: APIEmbed = {
      color: DIGEST_COLOUR,
      title: pages.length > 1 ? `Daily digest (${i + 1}/${pages.length})` : 'Daily digest',
      description: safeClip(digest.active.length ? window : `${window}\nNo activity on the claims this channel follows.`, 400),
      ...(page.length ? { fields: page } : {}),
      ...(quiet && i === pages.length - 1 ? { footer: { text: quiet } } : {}),
    };
    if (embedLength(embed) > EMBED_LIMITS.total) throw new Error('discord/embed-limits: digest page over budget');
    return assertEmbedLimits([embed])[0] as APIEmbed;
  });
}
