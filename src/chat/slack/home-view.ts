// The App Home tab: the workspace's tracked claims, each with its current status line.
import type { CommandDeps } from '../core/commands/types.js';
import { statusLine } from '../../domain/timeline/claim-timeline.js';
import { HomeViewSchema, LIMITS, context, divider, header, section, type Block, type HomeView } from './block-limits.js';
import { escapeText, truncateAtWord } from './mrkdwn.js';

/** Two blocks per claim; the rest of the view's 100 blocks hold the title, hints and the overflow line. */
export const HOME_MAX_CLAIMS = 45;

export async function buildHomeView(tenant: string, deps: Pick<CommandDeps, 'stores' | 'sources'>): Promise<HomeView> {
  const claims = await deps.stores.claims.listTenant(tenant);
  const labels = new Map(deps.sources.map((s) => [s.id, s.label]));
  const shown = claims.slice(-HOME_MAX_CLAIMS).reverse(); // newest first
  const timelines = await Promise.all(shown.map((c) => deps.stores.history.timeline(c.id)));
  const blocks: Block[] = [header('Tracked claims'), context(`${claims.length} claim${claims.length === 1 ? '' : 's'} in this workspace. Track one with /claimwatch claim track "…"`), divider];
  if (claims.length === 0) blocks.push(section('Nothing tracked yet. Try `/claimwatch claim track "statement" keywords:a,b` in a channel.'));
  shown.forEach((claim, i) => {
    const timeline = timelines[i];
    const status = timeline?.firstSeenAt ? statusLine(timeline, (id) => labels.get(id)) : 'not seen yet';
    blocks.push(section(truncateAtWord(`*${escapeText(claim.id)}*\n${escapeText(claim.statement)}`, LIMITS.sectionText)), context(truncateAtWord(escapeText(status), LIMITS.sectionText)));
  });
  if (claims.length > shown.length) blocks.push(context(`…and ${claims.length - shown.length} older claims: /claimwatch claim list`));
  return HomeViewSchema.parse({ type: 'home', blocks });
}
