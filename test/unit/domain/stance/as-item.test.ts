import { describe, expect, it } from 'vitest';
import { asItem } from '../../../../src/domain/stance/index.js';

describe('stance input: a lone text is a headline or a body by its length', () => {
  it('a short text is a headline, a long one a body', () => {
    expect(asItem('Mayor sold the town hall')).toEqual({ title: 'Mayor sold the town hall', body: '' });
    const article = 'The mayor of Dover met casino owners on Monday. '.repeat(10);
    expect(asItem(article)).toEqual({ title: '', body: article });
  });
});
