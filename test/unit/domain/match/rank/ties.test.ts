import { describe, expect, it } from 'vitest';
import { compileClaims } from '../../../../../src/domain/match/claim-query.js';
import { createMonitor } from '../../../../../src/domain/match/monitor.js';
import { termPresearcher } from '../../../../../src/domain/match/presearcher.js';
import { claim } from '../fixtures.js';

describe('ties in ranking', () => {
  it('go to the claim registered first, whatever the ids', () => {
    const statements = ['Iran seized an oil tanker', 'Iran seized an oil tanker'];
    for (const ids of [['14', '1056'], ['1056', '14']]) {
      const monitor = createMonitor(compileClaims(statements.map((s, i) => claim(ids[i] as string, s)), new Set()), termPresearcher(0));
      expect(monitor.match(monitor.read('Iran seizes oil tanker')).ranked.map((v) => v.claimId)).toEqual(ids);
    }
  });
});
