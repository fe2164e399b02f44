import { describe, expect, it } from 'vitest';
import { kindsForEvents, pickKind } from '../../../../src/domain/alert/decide.js';
import { DEFAULT_CLAIM_KINDS } from '../../../../src/domain/subscription.js';

describe('kindsForEvents', () => {
  it('puts a denial before a first sighting, so a claim first seen as denied alerts once, as a denial', () => {
    const { kinds } = kindsForEvents([{ kind: 'first-sighting' }, { kind: 'denial', speaker: 'White House', repeat: false }]);
    expect(kinds).toEqual(['denial', 'first-sighting', 'mention']);
    expect(pickKind(kinds, DEFAULT_CLAIM_KINDS)).toBe('denial');
  });

  it('turns a repeat denial by the same speaker into a note, not a denial alert', () => {
    const { kinds, notes } = kindsForEvents([{ kind: 'denial', speaker: 'White House', repeat: true }]);
    expect(kinds).toEqual(['mention']);
    expect(notes).toEqual(['denied again by White House']);
    expect(pickKind(kinds, DEFAULT_CLAIM_KINDS)).toBeUndefined();
  });

  it('marks copies so they are not mistaken for corroboration', () => {
    const { kinds, notes } = kindsForEvents([{ kind: 'copy', ofItemId: 'x' }]);
    expect(kinds).toEqual(['mention']);
    expect(notes[0]).toMatch(/copy of an earlier report/);
  });

  it('offers a relay alert when a state-affiliated outlet picks the claim up', () => {
    expect(pickKind(kindsForEvents([{ kind: 'relay', relayedBy: 'tasnim' }]).kinds, ['relay', 'mention'])).toBe('relay');
  });
});
