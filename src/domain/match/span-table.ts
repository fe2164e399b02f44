// An interning table that finds a word given as a span of a larger string, without cutting the word out:
// an item's 300-odd words are looked up by hashing and comparing their characters in place, so reading a feed
// item allocates no string per word and pays no general-purpose map's per-lookup overhead.

/** FNV-1a over the span's UTF-16 code units. */
export function hashSpan(source: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x01000193);
  return h | 0;
}

export interface SpanTable {
  /** The index of the word at source[start, end) with hash `hash`, or -1 when it has not been added. */
  find(source: string, start: number, end: number, hash: number): number;
  /** Adds a word (not present yet) and returns its index: 0, 1, 2... in order of addition. */
  add(word: string, hash: number): number;
  word(index: number): string;
  readonly size: number;
}

const INITIAL_SLOTS = 1 << 16;

export function createSpanTable(): SpanTable {
  // Open addressing with linear probing; a slot holds the word's hash and its index + 1 (0 = empty). The table
  // is kept at most half full, so a probe rarely goes past the first slot.
  let slots = new Int32Array(INITIAL_SLOTS * 2);
  let mask = INITIAL_SLOTS - 1;
  const words: string[] = [];
  const hashes: number[] = [];

  const place = (hash: number, index: number) => {
    let s = hash & mask;
    while (slots[2 * s + 1] !== 0) s = (s + 1) & mask;
    slots[2 * s] = hash;
    slots[2 * s + 1] = index + 1;
  };
  const grow = () => {
    slots = new Int32Array(slots.length * 2);
    mask = slots.length / 2 - 1;
    hashes.forEach((h, index) => place(h, index));
  };

  return {
    find(source, start, end, hash) {
      const length = end - start;
      for (let s = hash & mask; ; s = (s + 1) & mask) {
        const entry = slots[2 * s + 1] as number;
        if (entry === 0) return -1;
        if (slots[2 * s] !== hash) continue;
        const word = words[entry - 1] as string;
        if (word.length !== length) continue;
        let k = 0;
        while (k < length && word.charCodeAt(k) === source.charCodeAt(start + k)) k++;
        if (k === length) return entry - 1;
      }
    },
    add(word, hash) {
      const index = words.length;
      words.push(word);
      hashes.push(hash);
      if (2 * words.length > mask + 1) grow();
      else place(hash, index);
      return index;
    },
    word: (index) => words[index] as string,
    get size() {
      return words.length;
    },
  };
}
