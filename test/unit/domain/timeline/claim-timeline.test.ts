// A claim's timeline: first sighting, copies counted once, repeat denials, corroboration and the status line.
import { describe, expect, it } from 'vitest';
import type { ClaimMatch, Item, Source } from '../../../../src/domain/model.js';
import { applyMatch, corroboration, EMPTY_TIMELINE, statusLine, type TimelineState } from '../../../../src/domain/timeline/claim-timeline.js';

const LABELS: Record<string, Source['label']> = { wire: 'wire service', tasnim: 'IRGC-affiliated', irna: 'state-owned', beacon: 'private', toi: 'private' };
const REPORT = 'Officials say Tehran offered Washington restraint in return for a Gaza truce, according to two people briefed on the talks';

function item(id: string, sourceId: string, text: string, publishedAt = '2024-06-02T10:00:00Z'): Item {
  return { id, feedId: `${sourceId}-feed`, sourceId, url: `https://example.org/${id}`, title: text, summary: '', publishedAt, seenAt: publishedAt };
}
const match = (stance: ClaimMatch['stance'], speaker?: string): ClaimMatch => ({ claimId: 'c', score: 1, terms: [], stance, confidence: 0.9, ...(speaker ? { speaker } : {}) });

function play(steps: Array<[Item, ClaimMatch]>): { state: TimelineState; events: ReturnType<typeof applyMatch>['events'][] } {
  let state = EMPTY_TIMELINE;
  const events = [];
  for (const [i, m] of steps) {
    const next = applyMatch(state, m, i, { id: i.sourceId, label: LABELS[i.sourceId] ?? 'unresolved' });
    state = next.state;
    events.push(next.events);
  }
  return { state, events };
}

describe('claim timeline', () => {
  it('counts a syndicated copy once: the copying outlet is listed but does not corroborate', () => {
    const { state, events } = play([
      [item('a', 'wire', REPORT), match('reports')],
      [item('b', 'toi', `${REPORT}.`), match('reports')],
    ]);
    expect(events[0]?.map((e) => e.kind)).toEqual(['first-sighting']);
    expect(events[1]?.map((e) => e.kind)).toEqual(['copy']);
    expect(corroboration(state)).toBe(1);
    expect(statusLine(state, (id) => LABELS[id])).toBe('reported by 2 outlets - 1 independent report');
  });

  it('counts independent outlets: two different reports by one outlet count once, another outlet adds one', () => {
    const { state } = play([
      [item('a', 'wire', REPORT), match('reports')],
      [item('b', 'wire', 'A second, unrelated wire story repeating the claim about a written message sent to Tehran'), match('reports')],
      [item('c', 'tasnim', 'IRGC commander says the United States sent a written message backing Iran'), match('asserts', 'Rafiei')],
    ]);
    expect(state.reports).toHaveLength(3);
    expect(corroboration(state)).toBe(2);
  });

  it('does not count a denial as corroboration; "the White House" denying again is a repeat', () => {
    const { state, events } = play([
      [item('a', 'tasnim', 'IRGC commander says the United States sent a written message backing Iran'), match('asserts', 'Rafiei')],
      [item('b', 'beacon', 'White House calls the claim of a US message to Tehran false'), match('denies', 'White House')],
      [item('c', 'irna', 'Washington again rejects report of a letter to Iran, spokesman says'), match('denies', 'the White House')],
    ]);
    expect(corroboration(state)).toBe(1);
    expect(events[1]).toContainEqual({ kind: 'denial', speaker: 'White House', repeat: false });
    expect(events[2]).toContainEqual({ kind: 'relay', relayedBy: 'irna' });
    expect(events[2]?.find((e) => e.kind === 'denial')).toMatchObject({ repeat: true });
    const line = statusLine(state, (id) => LABELS[id]);
    expect(line).toMatch(/^reported by 3 outlets \(2 state-affiliated\) - 1 independent report - denied by White House \(2 outlets\) - asserted by Rafiei$/);
  });

  it('flags a repeat when the same speaker (ignoring case and punctuation) denies again', () => {
    const { events } = play([
      [item('a', 'beacon', 'White House calls the claim false'), match('denies', 'White House')],
      [item('b', 'toi', 'Biden aides deny letter to Tehran in briefing to reporters'), match('denies', 'white house.')],
    ]);
    expect(events[1]).toContainEqual({ kind: 'denial', speaker: 'white house.', repeat: true });
  });

  it('reads timelines stored before reports recorded a stance', () => {
    const old: TimelineState = { reports: [{ fingerprint: 'x y z', itemId: 'a', sourceIds: ['wire'] }], denials: [], assertions: [] };
    expect(corroboration(old)).toBe(1);
  });
});
