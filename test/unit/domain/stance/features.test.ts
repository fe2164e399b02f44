import { describe, expect, it } from 'vitest';
import { extractFeatures, FEATURE_NAMES, viewClaim } from '../../../../src/domain/stance/features.js';

const claim = viewClaim('A giant crab was found on a beach in Kent.');
const filler = 'The weather on the coast was mild this week. Tourists filled the cafes along the promenade. ';

describe('stance features: sentence-level evidence in a body', () => {
  it('a debunking sentence deep in a long body still shows, at the overlap of that sentence', () => {
    const body = `${filler.repeat(8)}Experts said the photo of the giant crab on the Kent beach was a hoax.`;
    const v = extractFeatures(claim, '', body).values;
    expect(v.maxRefuteOverlap).toBeGreaterThan(0.5);
    expect(v.refutingShare).toBeGreaterThan(0);
  });

  it('a body that repeats the claim plainly has no refuting evidence but a close plain sentence', () => {
    const body = `${filler}A giant crab was found on a beach in Kent on Monday, coastguards said.`;
    const v = extractFeatures(claim, '', body).values;
    expect(v.maxRefuteOverlap).toBe(0);
    expect(v.refutingShare).toBe(0);
    expect(v.maxPlainOverlap).toBeGreaterThan(0.5);
  });

  it('negation of the claim content is measured per sentence', () => {
    const negated = extractFeatures(claim, '', `${filler}No giant crab was found on any beach in Kent.`).values;
    const plain = extractFeatures(claim, '', `${filler}A giant crab was found on a beach in Kent.`).values;
    expect(negated.maxNegatedOverlap).toBeGreaterThan(0.5);
    expect(plain.maxNegatedOverlap).toBe(0);
  });

  it('hedging density grows with hedged sentences and stays within [0, 1]', () => {
    const hedged = extractFeatures(claim, '', 'Reportedly a crab may have been found. Sources say it could be giant. It is alleged.').values;
    const flat = extractFeatures(claim, '', 'A crab was found. It is giant. It was in Kent.').values;
    expect(hedged.hedgeDensity).toBeGreaterThan(flat.hedgeDensity!);
    expect(hedged.hedgeDensity).toBeLessThanOrEqual(1);
  });

  it('every feature stays within [0, 1] on odd input', () => {
    for (const [title, body] of [['', ''], ['?', '!!!'], ['crab crab crab', 'crab. '.repeat(500)]] as const) {
      const v = extractFeatures(claim, title, body).values;
      for (const name of FEATURE_NAMES) {
        expect(v[name], name).toBeGreaterThanOrEqual(0);
        expect(v[name], name).toBeLessThanOrEqual(1);
      }
    }
  });
});
