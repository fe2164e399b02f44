import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../../src/domain/model.js';
import { createStanceJudge } from '../../../../src/domain/stance/index.js';

const actors: Actor[] = [
  { id: 'white-house', name: 'White House', kind: 'government', aliases: ['کاخ سفید', 'البيت الأبيض'] },
  { id: 'irgc', name: 'IRGC', kind: 'force', aliases: ['سپاه'] },
];
const judge = createStanceJudge(actors);
const MESSAGE_CLAIM = 'The US sent Iran a written message supporting its right to retaliate against Israel.';

describe('stance: the product scenario', () => {
  it('White House calling the claim false denies it, spoken by the White House', () => {
    const r = judge.judge({
      claim: MESSAGE_CLAIM,
      title: "White House calls IRGC commander's claim of US message to Tehran 'false'",
      body:
        'The Biden administration on Sunday rejected remarks by an IRGC commander who said Washington had sent Iran a ' +
        'written message supporting its right to retaliate against Israel. A White House spokesperson said the claim ' +
        'was false and that no such exchange of messages took place.',
      language: 'en',
    });
    expect(r.stance).toBe('denies');
    expect(r.speaker).toMatch(/White House|Biden administration/);
    expect(r.evidence).toMatch(/false|rejected/);
  });

  it('the IRGC commander stating it asserts it, spoken by the commander', () => {
    const r = judge.judge({
      claim: MESSAGE_CLAIM,
      title: "IRGC Qazvin commander: US sent written message backing Iran's right to respond to Israel",
      body:
        'Rostamali Rafiei Atani, commander of the IRGC in Qazvin province, said the United States had sent Iran a ' +
        'written message supporting its right to retaliate against Israel.',
      language: 'en',
    });
    expect(r.stance).toBe('asserts');
    // Not a coin toss against 'reports': the assertion holds most of the probability, so a retrain that only
    // nudges the weights cannot flip it unnoticed.
    expect(r.confidence).toBeGreaterThan(0.5);
    expect(r.speaker).toMatch(/Rafiei|IRGC/);
  });

  it('a Persian denial by the White House denies it', () => {
    const r = judge.judge({
      claim: MESSAGE_CLAIM,
      title: 'کاخ سفید ادعای ارسال پیام مکتوب به تهران را تکذیب کرد',
      body: 'کاخ سفید ادعای فرمانده سپاه قزوین درباره ارسال پیام مکتوب آمریکا به ایران را نادرست خواند.',
      language: 'fa',
    });
    expect(r.stance).toBe('denies');
    expect(r.speaker).toBe('White House');
  });

  it('"will not take part" denies "will take part"', () => {
    const r = judge.judge({
      claim: 'The US will take part in Israeli retaliatory strikes on Iran.',
      title: 'US tells Israel it will not take part in any retaliatory strike on Iran',
      body: '',
    });
    expect(r.stance).toBe('denies');
  });

  it('a hedged report of a claim that itself contains "not" reports it', () => {
    const r = judge.judge({
      claim: 'Iran promised the US it would not retaliate against Israel in exchange for a Gaza ceasefire.',
      title: 'Report: Tehran offered Washington restraint in return for a Gaza truce',
      body:
        'An unconfirmed report by the Persian outlet Jadeh Iran, citing a single Arab diplomatic source, says Iran told ' +
        'the United States it would not retaliate against Israel if a ceasefire were reached in Gaza.',
    });
    expect(r.stance).toBe('reports');
  });
});

describe('stance: other languages and odd input', () => {
  it('an Arabic denial denies', () => {
    const r = judge.judge({
      claim: 'الولايات المتحدة أرسلت رسالة مكتوبة إلى إيران تدعم حقها في الرد على إسرائيل',
      title: 'البيت الأبيض ينفي إرسال رسالة مكتوبة إلى إيران ويصفها بأنها عارية عن الصحة',
      body: '',
      language: 'ar',
    });
    expect(r.stance).toBe('denies');
  });

  it('an item about something else is unrelated', () => {
    const r = judge.judge({ claim: MESSAGE_CLAIM, title: 'Apple unveils a new watch with a larger screen', body: '' });
    expect(r.stance).toBe('unrelated');
  });

  it('gives a clear result for empty, binary and mixed-script input', () => {
    expect(judge.judge({ claim: MESSAGE_CLAIM, title: '', body: '' })).toEqual({ stance: 'unrelated', confidence: 1 });
    expect(judge.judge({ claim: '', title: 'x', body: '' }).stance).toBe('unrelated');
    const binary = String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 65536));
    const r = judge.judge({ claim: MESSAGE_CLAIM, title: binary, body: binary });
    expect(['asserts', 'denies', 'reports', 'unrelated']).toContain(r.stance);
    const mixed = judge.judge({ claim: MESSAGE_CLAIM, title: 'کاخ سفید denies US message پیام مکتوب', body: '' });
    expect(mixed.confidence).toBeGreaterThan(0);
  });

  it('handles a 1 MB body quickly', () => {
    const filler = 'Markets were calm on Monday as traders waited for new data. ';
    const body = filler.repeat(Math.ceil(1_000_000 / filler.length)) + 'The White House denied sending Iran any message.';
    const started = Date.now();
    const r = judge.judge({ claim: MESSAGE_CLAIM, title: '', body });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(r.confidence).toBeGreaterThan(0);
  });
});
