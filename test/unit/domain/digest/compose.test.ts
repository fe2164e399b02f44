// Composing a channel's digest from its claims' match history: counts follow the items, copies count once, an
// empty day yields no digest.
import { describe, expect, it } from 'vitest';
import { composeDigest, type DigestRecord } from '../../../../src/domain/digest/compose.js';
import type { ClaimMatch, ReportFlag, Source } from '../../../../src/domain/model.js';

const SOURCES = new Map<string, Pick<Source, 'id' | 'name' | 'label'>>([
  ['wire', { id: 'wire', name: 'Test Wire', label: 'wire service' }],
  ['toi', { id: 'toi', name: 'The Times of Israel', label: 'private' }],
  ['tasnim', { id: 'tasnim', name: 'Tasnim', label: 'IRGC-affiliated' }],
  ['beacon', { id: 'beacon', name: 'Washington Free Beacon', label: 'private' }],
  ['irna', { id: 'irna', name: 'IRNA', label: 'state-owned' }],
]);
const WINDOW = { start: new Date('2024-06-02T00:00:00Z'), end: new Date('2024-06-03T00:00:00Z') };
const REPORT = 'Officials say Tehran offered Washington restraint in return for a Gaza truce, according to two people briefed';

function rec(id: string, sourceId: string, publishedAt: string, text: string, stance: ClaimMatch['stance'], speaker?: string, flags: ReportFlag[] = []): DigestRecord {
  return {
    item: { id, feedId: 'f', sourceId, url: `https://example.org/${id}`, title: text, summary: '', publishedAt, seenAt: publishedAt },
    match: { claimId: 'c', score: 1, terms: [], stance, confidence: 0.9, ...(speaker ? { speaker } : {}) },
    flags,
  };
}

const compose = (claims: Parameters<typeof composeDigest>[0]['claims'], window = WINDOW) =>
  composeDigest({ tenant: 't', timeZone: 'UTC', window, claims, sourcesById: SOURCES });

describe('composeDigest', () => {
  const c1 = {
    claim: { id: 'c1', statement: 'Iran offered restraint for a Gaza truce' },
    records: [
      rec('before', 'wire', '2024-06-01T12:00:00Z', REPORT, 'reports'),
      rec('copy', 'toi', '2024-06-02T01:00:00Z', `${REPORT}.`, 'reports'),
      rec('assert', 'tasnim', '2024-06-02T04:30:00Z', 'IRGC commander: the offer of restraint was made through intermediaries', 'asserts', 'Rafiei', ['single-sourced']),
      rec('deny1', 'beacon', '2024-06-02T18:45:00Z', 'White House calls the restraint report false', 'denies', 'White House'),
      rec('deny2', 'irna', '2024-06-02T21:00:00Z', 'Washington rejects report of restraint deal, spokesman says', 'denies', 'the White House', ['anonymous-sources']),
      rec('later', 'wire', '2024-06-03T05:00:00Z', 'A later independent story about the restraint offer, from the wire desk', 'reports'),
    ],
  };
  const quietClaim = { claim: { id: 'c2', statement: 'Old news' }, records: [rec('old', 'wire', '2024-05-20T00:00:00Z', 'old story about something', 'reports')] };
  const untouched = { claim: { id: 'c3', statement: 'Never seen' }, records: [] };

  it('summarises the window: new outlets by label, stances by speaker, weak sourcing, corroboration', () => {
    const digest = compose([c1, quietClaim, untouched]);
    expect(digest).toBeDefined();
    expect(digest!.windowStart).toBe('2024-06-02T00:00:00.000Z');
    expect(digest!.quiet).toEqual(['c2', 'c3']);
    expect(digest!.active).toHaveLength(1);
    const c = digest!.active[0]!;
    // wire reported before the window; four outlets are new in it (the copying one included).
    expect(c.newOutlets).toEqual([
      { name: 'The Times of Israel', label: 'private' },
      { name: 'Tasnim', label: 'IRGC-affiliated' },
      { name: 'Washington Free Beacon', label: 'private' },
      { name: 'IRNA', label: 'state-owned' },
    ]);
    expect(c.assertions).toEqual([{ speaker: 'Rafiei', outlet: 'Tasnim', label: 'IRGC-affiliated', alsoIn: [] }]);
    // The White House denied twice in two outlets: one denial, carried by both.
    expect(c.denials).toEqual([{ speaker: 'White House', outlet: 'Washington Free Beacon', label: 'private', alsoIn: ['IRNA'] }]);
    expect(c.weaklySourced.map((w) => [w.url.split('/').pop(), w.flags])).toEqual([
      ['assert', ['single-sourced']],
      ['deny2', ['anonymous-sources']],
    ]);
    // Independent outlets: wire (before), tasnim (own report); the copy and the denials do not corroborate.
    expect(c.corroborationBefore).toBe(1);
    expect(c.corroboration).toBe(2);
  });

  it('counts corroboration from the items, whatever order they arrive in', () => {
    const shuffled = { ...c1, records: [...c1.records].reverse() };
    expect(compose([shuffled])).toEqual(compose([c1]));
  });

  it('returns no digest for a day with no activity', () => {
    expect(compose([quietClaim, untouched])).toBeUndefined();
    expect(compose([c1], { start: new Date('2024-06-05T00:00:00Z'), end: new Date('2024-06-06T00:00:00Z') })).toBeUndefined();
    expect(compose([])).toBeUndefined();
  });

  it('ignores items published after the window and labels unknown outlets unresolved', () => {
    const claim = { claim: { id: 'c4', statement: 'x' }, records: [rec('u', 'nowhere', '2024-06-02T10:00:00Z', 'a story from an unknown outlet', 'reports'), c1.records[5]!] };
    const c = compose([claim])!.active[0]!;
    expect(c.newOutlets).toEqual([{ name: 'nowhere', label: 'unresolved' }]);
    expect(c.corroboration).toBe(1);
  });
});
