import { describe, expect, it } from 'vitest';
import { decodeFeedBytes, detectCharset } from '../../../src/ingest/charset.js';
import { FeedError } from '../../../src/ingest/errors.js';
import { encodeSingleByte } from './single-byte.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const persian = 'خبر فوري: سخنگوي دولت ادعا را تكذيب كرد';

describe('detectCharset', () => {
  it('uses a UTF-8 BOM, and the BOM is not part of the text', () => {
    const { text, charset } = decodeFeedBytes(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8('<rss>é</rss>')));
    expect(charset).toBe('utf-8');
    expect(text).toBe('<rss>é</rss>');
  });

  it('decodes UTF-16LE and UTF-16BE with a BOM, overriding a contradicting declaration', () => {
    const doc = '<?xml version="1.0" encoding="iso-8859-1"?><rss>ש</rss>';
    const le = concat(Uint8Array.of(0xff, 0xfe), new Uint8Array(Buffer.from(doc, 'utf16le')));
    const be = concat(Uint8Array.of(0xfe, 0xff), new Uint8Array(Buffer.from(doc, 'utf16le').swap16()));
    expect(decodeFeedBytes(le)).toEqual({ charset: 'utf-16le', text: '<?xml version="1.0"?><rss>ש</rss>' });
    expect(decodeFeedBytes(be)).toEqual({ charset: 'utf-16be', text: '<?xml version="1.0"?><rss>ש</rss>' });
  });

  it('recognises BOM-less UTF-16 by the layout of "<?"', () => {
    expect(detectCharset(new Uint8Array(Buffer.from('<?xml version="1.0"?>', 'utf16le')))).toBe('utf-16le');
  });

  it('rejects UTF-16 with a dangling odd byte as ingest/encoding', () => {
    const bytes = concat(Uint8Array.of(0xff, 0xfe), new Uint8Array(Buffer.from('<rss/>', 'utf16le')), Uint8Array.of(0x3c));
    expect(() => decodeFeedBytes(bytes)).toThrow(expect.objectContaining({ code: 'ingest/encoding' }) as FeedError);
  });

  it('takes the charset from Content-Type', () => {
    const bytes = encodeSingleByte(`<rss>${persian}</rss>`, 'windows-1256');
    const { text, charset } = decodeFeedBytes(bytes, 'application/rss+xml; charset="Windows-1256"');
    expect(charset).toBe('windows-1256');
    expect(text).toBe(`<rss>${persian}</rss>`);
  });

  it('takes the charset from the XML declaration and strips it from the decoded text', () => {
    const doc = `<?xml version="1.0" encoding="windows-1256"?><rss>${persian}</rss>`;
    const { text, charset } = decodeFeedBytes(encodeSingleByte(doc, 'windows-1256'), 'text/xml');
    expect(charset).toBe('windows-1256');
    expect(text).toBe(`<?xml version="1.0"?><rss>${persian}</rss>`);
  });

  it('decodes iso-8859-2 (Hungarian ő/ű) and windows-1255 (Hebrew) declarations', () => {
    const hu = decodeFeedBytes(encodeSingleByte("<?xml version='1.0' encoding='iso-8859-2'?><t>fejlesztői eltűnésével</t>", 'iso-8859-2'));
    expect(hu.text).toBe("<?xml version='1.0'?><t>fejlesztői eltűnésével</t>");
    const he = decodeFeedBytes(encodeSingleByte('<t>האם תדפיס</t>', 'windows-1255'), 'text/xml; charset=windows-1255');
    expect(he.text).toBe('<t>האם תדפיס</t>');
  });

  it('treats undeclared valid UTF-8 as UTF-8', () => {
    expect(decodeFeedBytes(utf8(`<rss>${persian}</rss>`))).toEqual({ charset: 'utf-8', text: `<rss>${persian}</rss>` });
  });

  it('falls back to windows-1252 for undeclared bytes that are not UTF-8', () => {
    // Written byte by byte: 0x96 is an en dash and 0x93/0x94 curly quotes in windows-1252 (C1 controls in latin-1).
    const bytes = concat(new Uint8Array(Buffer.from('<rss>Notícias São Paulo ', 'latin1')), Uint8Array.of(0x96, 0x20, 0x93, 0x78, 0x94), utf8('</rss>'));
    const { text, charset } = decodeFeedBytes(bytes);
    expect(charset).toBe('windows-1252');
    expect(text).toBe('<rss>Notícias São Paulo – “x”</rss>');
  });

  it('does not trust a UTF-8 declaration the bytes contradict (no U+FFFD soup)', () => {
    const bytes = encodeSingleByte('<?xml version="1.0" encoding="UTF-8"?><rss>Mãe de utente é</rss>', 'iso-8859-1');
    const { text, charset } = decodeFeedBytes(bytes, 'application/xml; charset=utf-8');
    expect(charset).toBe('windows-1252');
    expect(text).toBe('<?xml version="1.0"?><rss>Mãe de utente é</rss>');
    expect(text).not.toContain('\uFFFD');
  });

  it('prefers valid UTF-8 declared in the document over a server default of iso-8859-1', () => {
    const bytes = utf8(`<?xml version="1.0" encoding="utf-8"?><rss>${persian}</rss>`);
    expect(detectCharset(bytes, 'text/xml; charset=iso-8859-1')).toBe('utf-8');
  });

  it('ignores unknown labels and a UTF-16 label on ASCII-readable bytes', () => {
    expect(detectCharset(utf8('<?xml version="1.0" encoding="x-klingon"?><rss/>'))).toBe('utf-8');
    expect(detectCharset(utf8('<?xml version="1.0" encoding="utf-16"?><rss>é</rss>'))).toBe('utf-8');
  });
});
