import { describe, expect, it } from 'vitest';
import { extractFeatures, viewClaim } from '../../../../src/domain/stance/features.js';

const headline = (claim: string, title: string) => extractFeatures(viewClaim(claim), title, '').values;

describe('stance cues: rebutting and walking back a story', () => {
  const claim = 'The mayor of Dover sold the town hall to a casino.';

  it.each([
    'Council rebuffs claim the mayor sold Dover town hall',
    'Mayor shoots down reports he sold the town hall to a casino',
    'Officials shot down the casino story on Friday',
    'Mayor walks back remark about a casino in the town hall',
  ])('an English rebuttal is a denial: %s', (title) => {
    expect(headline(claim, title).denyVerbHead).toBeGreaterThan(0);
  });

  it('shooting down an aircraft is not shooting down a story', () => {
    expect(headline(claim, 'Rebels shot down a cargo plane near Dover').denyVerbHead).toBe(0);
  });

  it.each([
    'Photo of the town hall casino sign was staged',
    'Video of the mayor at the casino was faked, council says',
    'Casino report about the mayor inaccurate, paper admits',
    'Pants on fire: the mayor never sold the town hall',
    'Blogger made the whole story up',
  ])('calling the story staged, faked or inaccurate is falsity: %s', (title) => {
    expect(headline(claim, title).falsityHead).toBeGreaterThan(0);
  });

  it('"propaganda" names a kind of source, not a falsehood', () => {
    expect(headline(claim, 'Casino group releases propaganda film about Dover').falsityHead).toBe(0);
  });

  it.each([
    ['ar', 'عمدة دوفر باع مبنى البلدية', 'العمدة ينكر بيع مبنى البلدية'],
    ['ar', 'عمدة دوفر باع مبنى البلدية', 'وانكر المتحدث باسم البلدية الخبر'],
  ])('an Arabic denial verb (%s): %s / %s', (_lang, arClaim, title) => {
    expect(headline(arClaim, title).denyVerbHead).toBeGreaterThan(0);
  });
});

describe('stance cues: hedges that pass a story on without vouching for it', () => {
  const claim = 'The mayor of Dover sold the town hall to a casino.';

  it.each([
    'Video purports to show the mayor signing the town hall away',
    'Mayor probably sold the town hall, insiders think',
    'Analysts expect the casino to buy Dover town hall',
    'Mayor accused of selling the town hall to a casino',
    'Confusion over who owns Dover town hall now',
  ])('an English hedge: %s', (title) => {
    expect(headline(claim, title).hedgeHead).toBeGreaterThan(0);
  });

  it.each([
    ['شهردار دوور ساختمان شهرداری را فروخت', 'شهردار به فروش ساختمان شهرداری متهم شد'],
    ['شهردار دوور ساختمان شهرداری را فروخت', 'پیش‌بینی کارشناسان درباره فروش ساختمان شهرداری'],
    ['شهردار دوور ساختمان شهرداری را فروخت', 'ابهام در مالکیت ساختمان شهرداری'],
  ])('a Persian hedge: %s / %s', (faClaim, title) => {
    expect(headline(faClaim, title).hedgeHead).toBeGreaterThan(0);
  });

  it.each([
    ['عمدة دوفر باع مبنى البلدية', 'يتوقع مراقبون بيع مبنى البلدية'],
    ['عمدة دوفر باع مبنى البلدية', 'اتهم العمدة ببيع مبنى البلدية'],
    ['عمدة دوفر باع مبنى البلدية', 'الصفقة المزعومة لبيع مبنى البلدية'],
  ])('an Arabic hedge: %s / %s', (arClaim, title) => {
    expect(headline(arClaim, title).hedgeHead).toBeGreaterThan(0);
  });
});
