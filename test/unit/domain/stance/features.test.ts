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

describe('stance features: the claim\'s own polarity and attribution', () => {
  const debunking = `${filler}The photo of a giant crab on a beach in Kent was a hoax, experts said.`;

  it('refutation evidence gets a negative-claim copy only when the claim itself is negative', () => {
    const plain = extractFeatures(claim, '', debunking).values;
    const negative = extractFeatures(viewClaim('The giant crab on a beach in Kent was a hoax.'), '', debunking).values;
    expect(plain.maxRefuteOverlap).toBeGreaterThan(0.5);
    expect(plain.maxRefuteOverlapIfClaimNegative).toBe(0);
    expect(negative.claimNegative).toBe(1);
    expect(negative.maxRefuteOverlapIfClaimNegative).toBe(negative.maxRefuteOverlap);
  });

  it('lead cues count in proportion to how much of the claim the text covers', () => {
    const lead = 'But it is almost certainly not true. ';
    const about = extractFeatures(claim, '', `${lead}A giant crab was found on a beach in Kent.`).values;
    const elsewhere = extractFeatures(claim, '', `${lead}Tourists filled the cafes along the promenade.`).values;
    expect(about.contrastLead).toBeGreaterThan(0);
    expect(about.negationLead).toBeGreaterThan(elsewhere.negationLead!);
    expect(elsewhere.contrastLead).toBe(0);
  });

  it('a claim that reports someone\'s words is attributed, and its refutation copy follows', () => {
    for (const text of ['Lawmaker: a giant crab was found in Kent', 'Coastguards say a giant crab was found in Kent']) {
      const v = extractFeatures(viewClaim(text), '', debunking).values;
      expect(v.claimAttributed, text).toBe(1);
      expect(v.maxRefuteOverlapIfClaimNoncommittal, text).toBe(v.maxRefuteOverlap);
    }
    expect(extractFeatures(claim, '', debunking).values.claimAttributed).toBe(0);
  });

  it('a question does not commit to its content: refutation gets the noncommittal copy', () => {
    const v = extractFeatures(viewClaim('Giant crab found on a beach in Kent?'), '', debunking).values;
    expect(v.claimQuestion).toBe(1);
    expect(v.maxRefuteOverlapIfClaimNoncommittal).toBeGreaterThan(0.5);
    expect(extractFeatures(claim, '', debunking).values.maxRefuteOverlapIfClaimNoncommittal).toBe(0);
  });

  it('a headline that quotes what it relays is noncommittal; an apostrophe is not a quote', () => {
    for (const text of ["Giant crab 'found on a beach in Kent'", 'Giant «crab» found in Kent', 'A “giant crab” in Kent']) {
      expect(extractFeatures(viewClaim(text), '', debunking).values.claimQuoted, text).toBe(1);
    }
    expect(extractFeatures(viewClaim("Kent's giant crab isn't real"), '', debunking).values.claimQuoted).toBe(0);
  });
});

describe('stance features: where refutation and headline words come from', () => {
  it('a bare verdict after the story ("FALSE") refutes it at the overlap of the sentence before', () => {
    const v = extractFeatures(claim, '', `${filler}A giant crab was found on a beach in Kent. FALSE.`).values;
    expect(v.maxRefuteOverlap).toBe(0);
    expect(v.maxRefuteInContext).toBeGreaterThan(0.5);
  });

  it('"no doubt" vouches rather than refutes', () => {
    const v = extractFeatures(claim, '', 'There is no doubt a giant crab was found on a beach in Kent.').values;
    expect(v.maxRefuteOverlap).toBe(0);
  });

  it('a headline that relays ("says", "reportedly", a source at the end, a quote) is marked; a plain one is not', () => {
    for (const title of [
      'Giant crab reportedly found on a beach in Kent',
      'Coastguard says giant crab found in Kent',
      'Giant crab found on Kent beach, officials say',
      'Giant crab found in Kent: local paper',
      "Giant crab 'found on a beach' in Kent",
    ]) {
      expect(extractFeatures(claim, title, '').values.headRelays, title).toBe(1);
    }
    expect(extractFeatures(claim, 'Giant crab found on a beach in Kent', '').values.headRelays).toBe(0);
    // Only a real headline: an article's first sentence that says "said" is not one.
    expect(extractFeatures(claim, '', 'Coastguards said a giant crab was found in Kent.').values.headRelays).toBe(0);
  });

  it('a relaying headline of a claim that is itself attributed gets its own copy', () => {
    const said = viewClaim('A priest says a giant crab was found in Kent');
    expect(extractFeatures(said, 'Priest claims giant crab found in Kent', '').values.headRelaysIfClaimAttributed).toBe(1);
    expect(extractFeatures(claim, 'Priest claims giant crab found in Kent', '').values.headRelaysIfClaimAttributed).toBe(0);
  });

  it('hashed words come from a real headline, not from an article\'s first sentence', () => {
    const text = 'Experts call the giant crab in Kent a hoax.';
    expect(extractFeatures(claim, text, '').addedWords).toEqual(expect.arrayContaining(['hoax', 'experts']));
    expect(extractFeatures(claim, '', text).addedWords).toEqual([]);
  });
});
