import { describe, expect, it } from 'vitest';
import { analyseClaimText, analyseItem } from '../../../../src/domain/match/analyze.js';
import { stem } from '../../../../src/domain/match/stem.js';

describe('stem', () => {
  it('brings inflections together', () => {
    expect(new Set(['retaliate', 'retaliated', 'retaliation', 'retaliating'].map(stem)).size).toBe(1);
    expect(stem('promised')).toBe(stem('promises'));
    expect(stem('denies')).toBe(stem('denied'));
    expect(stem('gas')).toBe('gas');
    expect(new Set(['abortion', 'abortions'].map(stem)).size).toBe(1);
    expect(new Set(['generalization', 'generalize'].map(stem)).size).toBe(1);
    expect(stem('1990s')).toBe('1990');
  });

  it('strips the Arabic article and plural endings, keeping three letters', () => {
    expect(stem('الصواریخ')).toBe('صواریخ');
    expect(stem('تحریمها')).toBe('تحریم');
    expect(stem('ایرانی')).toBe('ایران');
    expect(stem('علی')).toBe('علی');
  });
});

describe('analyse', () => {
  it('maps capitals, demonyms and native names onto one concept', () => {
    const terms = analyseItem('Tehran, ایران and the Iranian side').terms;
    expect(terms.has('@iran')).toBe(true);
    expect([...terms].filter((t) => t.startsWith('@'))).toEqual(['@iran']);
  });

  it('reads the words for a photo or a video as one concept each', () => {
    const photo = analyseClaimText('A photograph shows the bridge');
    expect(photo.map((g) => g.term)).toContain('@photo');
    for (const item of ['picture of the bridge', 'bridge images', 'عکس پل']) expect(analyseItem(item).terms.has('@photo')).toBe(true);
    expect(analyseItem('footage of the bridge').terms.has('@video')).toBe(true);
  });

  it('reads multi-word variants before single words', () => {
    expect(analyseItem('the United States and a cease fire').terms).toEqual(expect.any(Set));
    const terms = analyseItem('the United States and a cease fire').terms;
    expect(terms.has('@us')).toBe(true);
    expect(terms.has('@ceasefire')).toBe(true);
    expect(terms.has('unit')).toBe(false);
  });

  it('tells the country "US" from the pronoun "us"', () => {
    expect(analyseItem('Iran warned the US').terms.has('@us')).toBe(true);
    expect(analyseItem('they warned us').terms.has('@us')).toBe(false);
  });

  it('drops stopwords and links', () => {
    const terms = analyseItem('The minister said https://t.co/AbC123 was not there www.example.com/x').terms;
    expect([...terms].filter((t) => !t.startsWith('~'))).toEqual([stem('minister')]);
    const filler = analyseItem("I just can't believe it, you know, they never get anything right").terms;
    expect([...filler].filter((t) => !t.startsWith('~'))).toEqual(['believe', 'right'].map(stem));
  });

  it('reads the camel-case words of hashtags and handles, and drops a photo link glued to a hashtag', () => {
    const terms = [...analyseItem('#BoycottOliveGardenpic.twitter.com/1HNT9 says @realDonaldTrump #Trump2020').terms].filter((t) => !t.startsWith('~'));
    expect(terms).toEqual(['boycott', 'oliv', 'garden', 'real', 'donald', 'trump', '2020'].map(stem));
    // "news" is a stopword.
    expect([...analyseItem('@NYCMayor and #fake_news').terms].filter((t) => !t.startsWith('~'))).toEqual(['nyc', 'mayor', 'fake'].map(stem));
  });

  it('reads a number with thousands separators as one number', () => {
    const numbers = (text: string) => [...analyseItem(text).terms].filter((t) => /^\d/.test(t));
    expect(numbers('A fine of $2,500 and 1,250,000 visitors')).toEqual(['2500', '1250000']);
    expect(numbers('scores of 3,4 and 12,00')).toEqual(['3', '4', '12', '00']);
  });

  it('gives names, not common words, a phonetic alternative in claims', () => {
    const groups = analyseClaimText('Soleimani was killed in Baghdad');
    expect(groups.find((g) => g.term === 'soleimani')?.alternatives).toEqual(['soleimani', '~slmn']);
    expect(groups.find((g) => g.term === '@kill')?.alternatives).toEqual(['@kill']);
  });

  it('finds a claim name in another spelling or script', () => {
    const [name] = analyseClaimText('Suleimani');
    const persian = analyseItem('سلیمانی').terms;
    expect(name?.alternatives.some((a) => persian.has(a))).toBe(true);
  });
});
