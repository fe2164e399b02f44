import { describe, expect, it } from 'vitest';
import { compileClaims } from '../../../../../src/domain/match/claim-query.js';
import { createMonitor } from '../../../../../src/domain/match/monitor.js';
import { termPresearcher } from '../../../../../src/domain/match/presearcher.js';
import { claim } from '../fixtures.js';

describe('names found in another spelling', () => {
  const compiled = compileClaims([claim('a', 'General Soleimani at a parade'), claim('b', 'General Suleimani at a parade')], new Set());
  const monitor = createMonitor(compiled, termPresearcher(0));
  const verdicts = monitor.match(monitor.read('General Suleimani at a parade')).ranked;

  it('rank below the same name in the same spelling', () => {
    // The claim registered first would win a tie.
    expect(verdicts.map((v) => v.claimId)).toEqual(['b', 'a']);
  });

  it('still count in full for the match decision', () => {
    expect(verdicts.find((v) => v.claimId === 'a')).toMatchObject({ coverage: 1, matched: true });
  });
});
