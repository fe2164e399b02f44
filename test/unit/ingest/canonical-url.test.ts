import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../../src/ingest/canonical-url.js';

describe('canonicalUrl', () => {
  it('lower-cases scheme and host, keeps path case, drops default port and fragment', () => {
    expect(canonicalUrl('HTTPS://News.Example.COM:443/World/Story.html#comments')).toBe('https://news.example.com/World/Story.html');
  });

  it('drops tracking parameters and keeps the rest in order', () => {
    const url = 'https://ex.org/a?id=7&utm_source=rss&UTM_Medium=x&fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ref=tw&at_medium=5&page=2';
    expect(canonicalUrl(url)).toBe('https://ex.org/a?id=7&page=2');
  });

  it('removes an emptied query string entirely', () => {
    expect(canonicalUrl('http://ex.org/a?utm_campaign=z')).toBe('http://ex.org/a');
  });

  it('makes tracking variants of one article equal', () => {
    const a = canonicalUrl('https://EX.org/story?utm_source=twitter#top');
    const b = canonicalUrl('https://ex.org/story?fbclid=abc');
    expect(a).toBe(b);
  });

  it('resolves relative links against a base and trims whitespace', () => {
    expect(canonicalUrl('  /2024/05/x.html ', 'https://ex.org/feed')).toBe('https://ex.org/2024/05/x.html');
  });

  it('refuses non-http schemes and garbage', () => {
    expect(canonicalUrl('javascript:alert(1)')).toBeUndefined();
    expect(canonicalUrl('mailto:a@b.c')).toBeUndefined();
    expect(canonicalUrl('not a url')).toBeUndefined();
    expect(canonicalUrl('')).toBeUndefined();
  });

  it('is idempotent and never returns a URL with a fragment or tracking parameter', () => {
    // Hand-built rather than fc.webUrl(), which takes seconds per hundred samples.
    const param = fc.constantFrom('utm_source', 'UTM_Medium', 'id', 'fbclid', 'page', 'ref', 'at_x', 'q');
    const url = fc
      .record({
        scheme: fc.constantFrom('http', 'HTTPS', 'https'),
        host: fc.constantFrom('Ex.org', 'news.EXAMPLE.com:443', 'ex.org:80', '[::1]:8080', '93.184.216.34'),
        path: fc.array(fc.string(), { maxLength: 3 }),
        query: fc.array(fc.tuple(param, fc.string()), { maxLength: 4 }),
        fragment: fc.option(fc.string()),
      })
      .map(({ scheme, host, path, query, fragment }) => {
        const search = query.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
        return `${scheme}://${host}/${path.map(encodeURIComponent).join('/')}${search ? `?${search}` : ''}${fragment === null ? '' : `#${fragment}`}`;
      });
    fc.assert(
      fc.property(url, (raw) => {
        const once = canonicalUrl(raw);
        if (once === undefined) return;
        expect(canonicalUrl(once)).toBe(once);
        const parsed = new URL(once);
        expect(parsed.hash).toBe('');
        expect([...parsed.searchParams.keys()].filter((k) => /^(utm_|at_)|^(fbclid|ref)$/i.test(k))).toEqual([]);
      }),
    );
  });
});
