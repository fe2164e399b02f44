import { describe, expect, it } from 'vitest';
import { joinKeys, normalizeText, phoneticKey, tokenize } from '../../../../src/domain/normalize/index.js';

const key = (word: string) => joinKeys(tokenize(word).map(phoneticKey));

describe('phoneticKey: Latin spelling variants meet by rule', () => {
  it.each([
    ['Soleimani', 'Suleimani', 'Sulaimani'],
    ['Qassem', 'Qasem', 'Ghasem', 'Kassem'],
    ['Hajizadeh', 'Hajizade'],
    ['Khamenei', 'Khamenehi'],
    ['Hezbollah', 'Hizbullah', 'Hizballah'],
    ['Amirali', 'Amir Ali'],
    ['al-Quds', 'el Quds', 'Quds'],
  ])('%s', (...variants) => {
    const keys = new Set(variants.map(key));
    expect(keys.size).toBe(1);
    expect([...keys][0]).not.toBe('');
  });

  it('keeps different names apart', () => {
    expect(key('Soleimani')).not.toBe(key('Salami'));
    expect(key('Hajizadeh')).not.toBe(key('Bagheri'));
  });
});

describe('phoneticKey: script bridging', () => {
  it.each([
    ['سلیمانی', 'Soleimani'],
    ['قاسم', 'Qassem'],
    ['حاجی‌زاده', 'Hajizadeh'],
    ['خامنه‌ای', 'Khamenei'],
    ['حزب‌الله', 'Hezbollah'],
    ['امیرعلی', 'Amir Ali'],
    ['القدس', 'al-Quds'],
    ['غزة', 'Gaza'],
    ['محمد', 'Mohammad'],
  ])('%s meets %s', (native, latin) => {
    expect(key(native)).toBe(key(latin));
  });

  it('gives no key to other scripts, digits or bare articles', () => {
    expect(phoneticKey(normalizeText('Москва'))).toBe('');
    expect(phoneticKey('2024')).toBe('');
    expect(phoneticKey('al')).toBe('');
  });
});
