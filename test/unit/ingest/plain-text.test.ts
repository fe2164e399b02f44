import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities } from '../../../src/ingest/html-entities.js';
import { htmlToText, truncateAtWord } from '../../../src/ingest/plain-text.js';

describe('htmlToText', () => {
  it('strips tags, drops script/style contents and comments, collapses whitespace', () => {
    const html = '<p>Officials <b>deny</b>\n\n the report.</p><script>var x = "<b>evil</b>";</script><style>p{color:red}</style><!-- tracking -->  <br/>More';
    expect(htmlToText(html)).toBe('Officials deny the report. More');
  });

  it('decodes named and numeric entities after stripping, so escaped markup stays text', () => {
    expect(htmlToText('Tom &amp; Jerry &ldquo;quoted&rdquo; &#8212; &#x2014; &eacute;')).toBe('Tom & Jerry “quoted” — — é');
    expect(htmlToText('x &lt;b&gt; y')).toBe('x <b> y');
  });

  it('keeps a literal "<" that opens no tag and keeps Persian ZWNJ', () => {
    expect(htmlToText('a < b and 3<4')).toBe('a < b and 3<4');
    expect(htmlToText('<div>می‌گوید</div>')).toBe('می‌گوید');
  });

  it('removes control characters but not text', () => {
    expect(htmlToText('a\u0000b\u0007c\u0085d')).toBe('abcd');
  });
});

describe('decodeHtmlEntities', () => {
  it('leaves unknown names alone and turns invalid code points into U+FFFD', () => {
    expect(decodeHtmlEntities('&bogus; &#0; &#xD800; &#1114112;')).toBe('&bogus; \uFFFD \uFFFD \uFFFD');
  });
});

describe('truncateAtWord', () => {
  it('returns short text unchanged', () => {
    expect(truncateAtWord('short text', 20)).toBe('short text');
  });

  it('cuts at the last word boundary and appends an ellipsis within the limit', () => {
    const text = 'word '.repeat(2000).trim();
    const cut = truncateAtWord(text, 5000);
    expect(cut.length).toBeLessThanOrEqual(5000);
    expect(cut.endsWith('word…')).toBe(true);
  });

  it('cuts inside a very long word rather than returning nearly nothing, never splitting a surrogate pair', () => {
    const cut = truncateAtWord('😀'.repeat(100), 11);
    expect(cut.length).toBeLessThanOrEqual(11);
    expect(cut).toBe(`${'😀'.repeat(5)}…`);
  });
});
