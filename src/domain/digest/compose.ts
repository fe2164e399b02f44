// Composes a channel's digest from its claims' match history. Pure: the digest worker loads the records and
// passes the window. Each claim's timeline is replayed up to the window's end, so "new outlet" and corroboration
// use the same rules as the live alerts (copies count once) whatever the order items arrived in.
import type { Claim, ClaimMatch, Item, ReportFlag, Source } from '../model.js';
import { applyMatch, corroboration, EMPTY_TIMELINE, speakerKey, type TimelineState } from '../timeline/claim-timeline.js';
import type { Digest, DigestClaim, DigestStance } from './digest.js';

export interface DigestRecord {
  item: Item;
  match: ClaimMatch;
  flags: readonly ReportFlag[];
}

export interface ClaimRecords {
  claim: Pick<Claim, 'id' | 'statement'>;
  /** The claim's matches published before the window's end (earlier ones too: they decide what is new). */
  records: readonly DigestRecord[];
}

export interface DigestInput {
  tenant: string;
  timeZone: string;
  window: { start: Date; end: Date };
  claims: readonly ClaimRecords[];
  sourcesById: ReadonlyMap<string, Pick<Source, 'id' | 'name' | 'label'>>;
}

/** Flags that make an item worth naming in the digest. */
const WEAK_SOURCING: ReadonlySet<ReportFlag> = new Set<ReportFlag>(['single-sourced', 'anonymous-sources']);
const UNNAMED = 'unnamed';

/** The digest for the window, or undefined when none of the claims had any activity in it. */
export function composeDigest(input: DigestInput): Digest | undefined {
  const active: DigestClaim[] = [];
  const quiet: string[] = [];
  for (const c of input.claims) {
    const summary = summariseClaim(c, input);
    if (summary) active.push(summary);
    else quiet.push(c.claim.id);
  }
  if (active.length === 0) return undefined;
  return {
    tenant: input.tenant,
    windowStart: input.window.start.toISOString(),
    windowEnd: input.window.end.toISOString(),
    timeZone: input.timeZone,
    active,
    quiet,
  };
}

function summariseClaim({ claim, records }: ClaimRecords, input: DigestInput): DigestClaim | undefined {
  const start = input.window.start.getTime();
  const end = input.window.end.getTime();
  const timed = records
    .map((r) => ({ ...r, at: Date.parse(r.item.publishedAt) }))
    .filter((r) => r.at < end)
    .sort((a, b) => a.at - b.at || a.item.id.localeCompare(b.item.id));
  const source = (id: string) => input.sourcesById.get(id) ?? { id, name: id, label: 'unresolved' as const };

  let state: TimelineState = EMPTY_TIMELINE;
  let before: TimelineState | undefined;
  const inWindow: typeof timed = [];
  for (const r of timed) {
    if (r.at >= start) {
      before ??= state;
      inWindow.push(r);
    }
    state = applyMatch(state, r.match, r.item, source(r.item.sourceId)).state;
  }
  if (inWindow.length === 0) return undefined;
  before ??= state;

  const knownOutlets = new Set(before.reports.flatMap((r) => r.sourceIds));
  const newOutlets = [...new Set(inWindow.map((r) => r.item.sourceId))]
    .filter((id) => !knownOutlets.has(id))
    .map((id) => ({ name: source(id).name, label: source(id).label }));

  return {
    claimId: claim.id,
    statement: claim.statement,
    newOutlets,
    denials: stancesBySpeaker(inWindow.filter((r) => r.match.stance === 'denies'), source),
    assertions: stancesBySpeaker(inWindow.filter((r) => r.match.stance === 'asserts'), source),
    weaklySourced: inWindow
      .filter((r) => r.flags.some((f) => WEAK_SOURCING.has(f)))
      .map((r) => ({ title: r.item.title, url: r.item.url, flags: [...r.flags] })),
    corroboration: corroboration(state),
    corroborationBefore: corroboration(before),
  };
}

/** One entry per speaker: a second denial by the same speaker elsewhere adds an outlet, not an entry. */
function stancesBySpeaker(records: ReadonlyArray<DigestRecord>, source: (id: string) => Pick<Source, 'name' | 'label'>): DigestStance[] {
  const bySpeaker = new Map<string, DigestStance>();
  for (const r of records) {
    const speaker = r.match.speaker ?? UNNAMED;
    const key = speakerKey(speaker);
    const outlet = source(r.item.sourceId);
    const entry = bySpeaker.get(key);
    if (!entry) bySpeaker.set(key, { speaker, outlet: outlet.name, label: outlet.label, alsoIn: [] });
    else if (entry.outlet !== outlet.name && !entry.alsoIn?.includes(outlet.name)) entry.alsoIn?.push(outlet.name);
  }
  return [...bySpeaker.values()];
}
