import { describe, expect, it } from 'vitest';
import { hostMatchesDomain, sourceForUrl } from '../../../src/domain/source-lookup.js';
import { TEST_REGISTRY } from '../../helpers/registry.js';

describe('sourceForUrl', () => {
  it('matches the domain and its subdomains only', () => {
    expect(hostMatchesDomain('www.bbc.co.uk', 'bbc.co.uk')).toBe(true);
    expect(hostMatchesDomain('bbc.co.uk', 'bbc.co.uk')).toBe(true);
    expect(hostMatchesDomain('evilbbc.co.uk', 'bbc.co.uk')).toBe(false);
    expect(hostMatchesDomain('bbc.co.uk.evil.com', 'bbc.co.uk')).toBe(false);
  });

  it('finds the outlet of a URL, or none', () => {
    expect(sourceForUrl(TEST_REGISTRY.sources, 'https://news.state.example/a')?.id).toBe('statenews');
    expect(sourceForUrl(TEST_REGISTRY.sources, 'https://example.org.attacker.net/')).toBeUndefined();
    expect(sourceForUrl(TEST_REGISTRY.sources, 'not a url')).toBeUndefined();
  });
});
