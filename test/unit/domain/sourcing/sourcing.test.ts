import { describe, expect, it } from 'vitest';
import { createSourcingDetector } from '../../../../src/domain/sourcing/index.js';
import type { Source } from '../../../../src/domain/model.js';

function source(id: string, name: string, aliases: string[], label: Source['label']): Source {
  return {
    id, name, aliases, label, domains: [`${id}.example`], country: 'IR', languages: ['fa'], basis: 'fixture for tests',
    citations: ['https://example.org/'], confidence: 'high', feeds: [],
  };
}

const SOURCES = [
  source('tasnim', 'Tasnim News Agency', ['Tasnim', 'تسنیم'], 'IRGC-affiliated'),
  source('ilna', 'Iranian Labour News Agency', ['ILNA', 'ایلنا'], 'semi-official'),
  source('alarabiya', 'Al Arabiya', ['العربية'], 'state-funded broadcaster'),
  source('jadeh-iran', 'Jadeh Iran', ['جاده ایران'], 'private'),
];
const detect = createSourcingDetector(SOURCES);
const flagsOf = (body: string) => detect({ title: '', body }).flags;
const relaysOf = (body: string) => detect({ title: '', body }).relays;

describe('report flags', () => {
  it.each([
    ['en', 'The report, citing a single Arab diplomatic source, says talks continued.'],
    ['en', 'One source said the convoy turned back.'],
    ['fa', 'یک منبع آگاه به خبرنگار ما گفت که مذاکرات ادامه دارد.'],
    ['ar', 'وقال مصدر مطلع إن المفاوضات مستمرة.'],
  ])('single-sourced (%s): %s', (_lang, text) => {
    expect(flagsOf(text)).toContain('single-sourced');
  });

  it.each([
    ['en', 'Two officials, speaking on condition of anonymity, confirmed the move.'],
    ['en', 'Officials who asked not to be named said the strike was delayed.'],
    ['en', 'Unnamed officials told reporters the plan had changed.'],
    ['en', 'Sources said the minister would resign.'],
    ['fa', 'منابع آگاه می‌گویند وزیر استعفا داده است.'],
    ['fa', 'این مقام که نخواست نامش فاش شود گفت طرح تغییر کرده است.'],
    ['ar', 'وأفادت مصادر بأن الوزير قدم استقالته.'],
    ['ar', 'وقال المسؤول الذي طلب عدم الكشف عن اسمه إن الخطة تغيرت.'],
  ])('anonymous-sources (%s): %s', (_lang, text) => {
    expect(flagsOf(text)).toContain('anonymous-sources');
  });

  it.each([
    ['en', 'An unconfirmed report says the ship was seized.'],
    ['en', 'The footage could not be independently verified.'],
    ['en', 'The general was reportedly killed in the strike.'],
    ['fa', 'این خبر هنوز تأیید نشده است.'],
    ['fa', 'گفته می‌شود کشتی توقیف شده است.'],
    ['ar', 'وتحدثت أنباء غير مؤكدة عن احتجاز السفينة.'],
    ['ar', 'لم يتسنَّ التحقق من صحة الفيديو.'],
  ])('unconfirmed (%s): %s', (_lang, text) => {
    expect(flagsOf(text)).toContain('unconfirmed');
  });

  it('flags nothing in a plainly attributed report', () => {
    expect(flagsOf('Foreign Minister Abbas Araghchi told parliament on Monday that talks would resume.')).toEqual([]);
    expect(flagsOf('وزير الخارجية قال أمام البرلمان إن المحادثات ستستأنف.')).toEqual([]);
    expect(flagsOf('')).toEqual([]);
  });
});

describe('relays', () => {
  it('resolves "according to X" against the registry with its label', () => {
    expect(relaysOf('The strike hit a depot, according to Tasnim.')).toEqual([
      { name: 'Tasnim', sourceId: 'tasnim', label: 'IRGC-affiliated' },
    ]);
  });

  it('resolves "X news agency carried the report" and "cited by X"', () => {
    expect(relaysOf('Semi-official ILNA news agency carried the report.').map((r) => r.sourceId)).toEqual(['ilna']);
    expect(relaysOf('The remarks, cited by Al Arabiya, were later removed.').map((r) => r.sourceId)).toEqual(['alarabiya']);
  });

  it('resolves an outlet introduced as "the Persian outlet X"', () => {
    const text = 'An unconfirmed report by the Persian outlet Jadeh Iran says Iran told the United States it would wait.';
    expect(relaysOf(text)).toEqual([{ name: 'Jadeh Iran', sourceId: 'jadeh-iran', label: 'private' }]);
  });

  it('resolves Persian and Arabic relay phrasing', () => {
    expect(relaysOf('به گزارش تسنیم، این حمله خسارتی نداشت.').map((r) => r.sourceId)).toEqual(['tasnim']);
    expect(relaysOf('ونقلت قناة العربية عن مصادر أن الهجوم فشل.').map((r) => r.sourceId)).toEqual(['alarabiya']);
  });

  it('keeps unknown outlets named as an outlet or news agency, by name only', () => {
    expect(relaysOf('The Mehr news agency reported the arrests.')).toEqual([{ name: 'Mehr' }]);
    expect(relaysOf('A report by the outlet Rudaw said so.')).toEqual([{ name: 'Rudaw' }]);
  });

  it('ignores a registry name mentioned without relay wording', () => {
    expect(relaysOf('Tasnim was founded in 2012 and is close to the Guards.')).toEqual([]);
  });

  it('handles empty and huge input', () => {
    expect(detect({ title: '', body: '' })).toEqual({ flags: [], relays: [] });
    const huge = 'word '.repeat(250_000) + 'according to Tasnim';
    const started = Date.now();
    detect({ title: 'x', body: huge });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
