// Phrases that mark how a report is sourced, in English, Persian and Arabic. Matched on folded text
// (normalizeText), so Arabic/Persian letter variants and ZWNJ spellings need no separate entries.
import type { ReportFlag } from '../model.js';

const AR_PREFIX = '(?:و|ف|ب|ل)?';

export const FLAG_PHRASES: Record<ReportFlag, readonly string[]> = {
  'single-sourced': [
    '(?:citing|quoting|according to|based on) (?:a|one) (?:single |lone |sole )?(?:[\\w-]+ ){0,3}source',
    '(?:a|one) (?:single |lone |sole )?(?:[\\w-]+ ){0,2}source (?:said|says|told|close to|familiar with|with knowledge)',
    'single source', 'one source', 'sole source', 'a source said',
    'یک منبع', 'منبعی (?:آگاه|مطلع|نزدیک)', 'به گفته یک منبع', 'یک مقام (?:آگاه|مطلع)',
    `${AR_PREFIX}مصدر (?:واحد|وحید|مطلع|مسؤول|مسوول|دبلوماسی|امنی|مقرب|رفیع|عسکری|حکومی|عربی)`,
  ],
  'anonymous-sources': [
    'on (?:the )?condition of anonymity', 'speaking anonymously', 'spoke anonymously',
    '(?:asked|requested|declined) (?:not )?to be (?:named|identified)', 'asked not to be named',
    'unnamed (?:[\\w-]+ )?(?:officials?|sources?|diplomats?|officers?|people|persons?|commanders?)',
    'anonymous (?:[\\w-]+ )?(?:officials?|sources?|diplomats?)',
    'sources (?:said|say|told|close to|familiar with|with knowledge)', 'according to (?:[\\w-]+ )?sources',
    '(?:informed|knowledgeable|diplomatic|security|military|intelligence|western|arab|iranian|israeli) sources',
    '(?:people|persons|officials) familiar with', 'a source (?:close to|familiar with)',
    'منابع (?:آگاه|مطلع|خبری|غیررسمی|نزدیک|امنیتی|دیپلماتیک)', 'منبع (?:آگاه|مطلع)', 'یک منبع',
    'نخواست نامش (?:فاش|ذکر|منتشر|برده) شود', 'به شرط (?:عدم افشای|فاش نشدن|ذکر نشدن) نام',
    `${AR_PREFIX}مصادر`, `${AR_PREFIX}مصدر (?:مطلع|مسؤول|مسوول|دبلوماسی|امنی|مقرب|رفیع|عسکری|حکومی)`,
    '(?:طلب|فضل|رفض) (?:عدم )?(?:الکشف عن|ذکر) (?:اسمه|هویته)', 'شریطه عدم (?:الکشف|ذکر)',
  ],
  unconfirmed: [
    'unconfirmed', 'unverified', 'allegedly', 'alleged', 'reportedly', 'purportedly', 'claimed', 'rumou?red',
    '(?:could|can|cannot|can\'t|couldn\'t) (?:not )?(?:be )?(?:independently )?(?:verif(?:y|ied)|confirm(?:ed)?)',
    'not (?:been )?(?:independently )?(?:verified|confirmed)',
    'تایید نشده', 'تایید نشد', 'قابل تایید نیست', 'به صورت مستقل تایید', 'ادعا(?:ی|شده|کرد)?', 'گفته می ?شود',
    'ظاهرا', 'گویا', 'شایعه',
    'غیر موکد(?:ه)?', 'لم یتسن التحقق', 'لا یمکن التحقق', 'لم یتم التاکد', 'لم یتسن التاکد', `${AR_PREFIX}مزاعم`,
    'یزعم', 'زعم', 'مزعوم(?:ه)?', 'انباء غیر موکده', 'بحسب ما یتردد',
  ],
};
