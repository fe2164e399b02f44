import { describe, expect, it } from 'vitest';
import { createRelayFinder } from '../../../../src/domain/sourcing/relays.js';
import type { Source } from '../../../../src/domain/model.js';

const source = (id: string, name: string, aliases: string[] = []): Source => ({
  id, name, aliases, domains: [`${id}.example`], country: 'IR', languages: ['fa'], label: 'semi-official', basis: 'A test outlet for relays', citations: ['https://example.org'], confidence: 'high', feeds: [],
});
const find = createRelayFinder([source('ilna', 'ILNA'), source('shahre-khabar', 'Shahre Khabar'), source('isna', 'ISNA'), source('mehr', 'Mehr News Agency', ['مهر'])]);

describe('relays named together', () => {
  it('finds both outlets of "X and the site Y carried the report"', () => {
    const ids = find('Semi-official ILNA and the site Shahre Khabar carried the report.').map((r) => r.sourceId);
    expect(ids).toEqual(expect.arrayContaining(['ilna', 'shahre-khabar']));
  });

  it('finds both of "X or Y reported" and the Persian "X و Y گزارش داد"', () => {
    expect(find('ISNA or ILNA reported it first.').map((r) => r.sourceId)).toEqual(expect.arrayContaining(['isna', 'ilna']));
    expect(find('ایلنا ILNA و ISNA گزارش داد').map((r) => r.sourceId)).toEqual(expect.arrayContaining(['isna', 'ilna']));
  });

  it('does not take an outlet merely named beside another as a relay', () => {
    expect(find('ILNA and the government have long been at odds over labour law.')).toEqual([]);
  });
});
