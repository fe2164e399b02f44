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
/** Slot fields, in int32s: the word's hash, its index + 1 (0 = empty), where its characters start in the pool, its length. */
const SLOT = 4;

export function createSpanTable(): SpanTable {
  // Open addressing with linear probing, kept at most half full, so a probe rarely goes past the first slot. The
  // words' characters are also laid end to end in one pool: a probe compares against the pool and never touches
  // a string object, which at a vocabulary of 100,000 words is a cache miss per word read.
  let slots = new Int32Array(INITIAL_SLOTS * SLOT);
  let mask = INITIAL_SLOTS - 1;
  let pool = new Uint16Array(INITIAL_SLOTS * 8);
  let poolEnd = 0;
  const words: string[] = [];
  const hashes: number[] = [];
  const starts: number[] = [];

  const place = (hash: number, index: number) => {
    let s = hash & mask;
    while (slots[SLOT * s + 1] !== 0) s = (s + 1) & mask;
    slots[SLOT * s] = hash;
    slots[SLOT * s + 1] = index + 1;
    slots[SLOT * s + 2] = starts[index] as number;
    slots[SLOT * s + 3] = (words[index] as string).length;
  };
  const grow = () => {
    slots = new Int32Array(slots.length * 2);
    mask = slots.length / SLOT - 1;
    hashes.forEach((h, index) => place(h, index));
  };

  return {
    find(source, start, end, hash) {
      const length = end - start;
      for (let s = hash & mask; ; s = (s + 1) & mask) {
        const entry = slots[SLOT * s + 1] as number;
        if (entry === 0) return -1;
        if (slots[SLOT * s] !== hash || slots[SLOT * s + 3] !== length) continue;
        const from = (slots[SLOT * s + 2] as number) - start;
        let k = start;
        while (k < end && pool[from + k] === source.charCodeAt(k)) k++;
        if (k === end) return entry - 1;
      }
    },
    add(word, hash) {
      const index = words.length;
      if (poolEnd + word.length > pool.length) {
        const larger = new Uint16Array(Math.max(pool.length * 2, poolEnd + word.length));
        larger.set(pool);
        pool = larger;
      }
      for (let k = 0; k < word.length; k++) pool[poolEnd + k] = word.charCodeAt(k);
      starts.push(poolEnd);
      poolEnd += word.length;
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
