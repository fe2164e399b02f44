// Encodes text into a single-byte legacy charset (windows-1256, iso-8859-2, ...) for tests. Node can decode
// these via ICU but has no encoder, so the table is built by decoding every byte once. Not for windows-1252:
// Node 20 decodes that as latin-1 (see src/ingest/charset.ts), so the table would be wrong.
export function encodeSingleByte(text: string, charset: string): Uint8Array {
  const decoder = new TextDecoder(charset);
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) {
    const char = decoder.decode(Uint8Array.of(byte));
    if (char !== '\uFFFD' && !table.has(char)) table.set(char, byte);
  }
  return Uint8Array.from([...text], (char) => {
    const byte = table.get(char);
    if (byte === undefined) throw new Error(`${JSON.stringify(char)} has no ${charset} byte`);
    return byte;
  });
}
