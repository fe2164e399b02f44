import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../../src/domain/model.js';
import { actorNames, findSpeaker } from '../../../../src/domain/stance/speaker.js';

const actors: Actor[] = [
  { id: 'white-house', name: 'White House', kind: 'government', aliases: ['کاخ سفید'] },
  { id: 'rafiei', name: 'Rostamali Rafiei', kind: 'person', aliases: ['Rafiei', 'رفیعی'] },
];
const names = actorNames(actors);

describe('findSpeaker', () => {
  it('prefers a known actor in the subject, before the speech verb', () => {
    expect(findSpeaker(['Rafiei said the United States had sent a message, the White House noted.'], names)).toBe('Rostamali Rafiei');
  });

  it('falls back to a proper-noun run with its role noun', () => {
    expect(findSpeaker(['The Biden administration on Sunday rejected remarks by an IRGC commander.'], [])).toBe('Biden administration');
    expect(findSpeaker(['A Pentagon spokesperson said the report was false.'], [])).toBe('Pentagon spokesperson');
  });

  it('reads a headline "Speaker: quote"', () => {
    expect(findSpeaker(['IRGC Qazvin commander: US sent written message'], [])).toBe('IRGC Qazvin commander');
  });

  it('finds Persian and Arabic speakers', () => {
    expect(findSpeaker(['کاخ سفید ادعای ارسال پیام مکتوب به تهران را تکذیب کرد'], names)).toBe('White House');
    expect(findSpeaker(['وزارت خارجه این گزارش را تکذیب کرد'], [])).toBe('وزارت خارجه');
    expect(findSpeaker(['ذوالفقاری: فرایند ثبت‌نام در امنیت کامل انجام می‌گیرد'], [])).toBe('ذوالفقاری');
    expect(findSpeaker(['البيت الأبيض ينفي إرسال رسالة إلى إيران'], [])).toBe('البيت الأبيض');
  });

  it('returns nothing when no sentence names a speaker', () => {
    expect(findSpeaker(['markets were calm on monday.', 'no one said anything.'], [])).toBeUndefined();
    expect(findSpeaker([], names)).toBeUndefined();
  });
});
