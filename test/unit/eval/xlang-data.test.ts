// The cross-language eval's own data (eval/data): our English translations and our judgements of unlabelled
// pairs. It must stay ours (no original Persian or Arabic text copied in), large enough, and consistent.
import { describe, expect, it } from 'vitest';
import { loadJudgements, loadTranslations, parseJudgements, parseTranslations } from '../../../eval/match-xlang.js';

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const key = (t: { dataset: string; split: string; id: string }) => `${t.dataset} ${t.split}:${t.id}`;

describe('eval/data/xlang-claims.tsv', () => {
  const translations = loadTranslations();

  it('holds at least 150 translated claims per dataset, each row once', () => {
    for (const dataset of ['h2c', 'ans']) expect(translations.filter((t) => t.dataset === dataset).length).toBeGreaterThanOrEqual(150);
    expect(new Set(translations.map(key)).size).toBe(translations.length);
  });

  it('is English only: no Persian or Arabic text copied from the datasets', () => {
    expect(translations.filter((t) => ARABIC_SCRIPT.test(t.english)).map(key)).toEqual([]);
  });

  it('rejects a test split and names the line', () => {
    expect(() => parseTranslations('# comment\nh2c\ttest\t12\tIran denies it')).toThrow(/xlang-claims\.tsv:2: split/);
  });
});

describe('eval/data/xlang-judged.tsv', () => {
  it('judges each pair once, and only pairs with a tracked claim', () => {
    const judgements = loadJudgements();
    const tracked = new Set(loadTranslations().map((t) => (t.dataset === 'h2c' ? `h2c ${t.id}` : `ans ${t.split}:${t.id}`)));
    expect(judgements.filter((j) => !tracked.has(`${j.dataset} ${j.claim}`))).toEqual([]);
    expect(new Set(judgements.map((j) => `${j.dataset} ${j.item} ${j.claim}`)).size).toBe(judgements.length);
  });

  it('reads yes/no as whether the item concerns the claim', () => {
    expect(parseJudgements('ans\tdev:3\tdev:279\tno\tanother story').map((j) => j.concerns)).toEqual([false]);
    expect(() => parseJudgements('ans\tdev:3\tdev:279\tmaybe\tunsure')).toThrow(/concerns/);
  });
});
