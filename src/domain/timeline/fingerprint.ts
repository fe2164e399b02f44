// Syndicated copies: the same report carried by another outlet, perhaps trimmed or re-punctuated. Texts are
// reduced to lowercase words; two texts are copies when most word trigrams of the shorter appear in the longer.
const MAX_CHARS = 600;
const CONTAINMENT = 0.8;

export function normalizeForFingerprint(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, MAX_CHARS);
}

function trigrams(text: string): Set<string> {
  const words = text.split(' ').filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  if (out.size === 0 && words.length) out.add(words.join(' '));
  return out;
}

/** Both arguments are fingerprints (normalizeForFingerprint output). */
export function isNearDuplicate(a: string, b: string): boolean {
  if (a === b) return true;
  const [small, large] = [trigrams(a), trigrams(b)].sort((x, y) => x.size - y.size) as [Set<string>, Set<string>];
  if (small.size === 0) return false;
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared / small.size >= CONTAINMENT;
}
