/**
 * Which records a file has stated so far (kind + id), to refuse a file that states one twice.
 *
 * A million-line file must not cost a million strings in memory (a Set of ids would take ~100 MB),
 * nor a second index written to disk beside the records (a temporary table doubled the import's
 * time). So each id is kept as a 96-bit hash and the line that stated it, in typed arrays with
 * open addressing: 16 bytes a slot, at most half full — about 32 MB for a million records. Two
 * different ids would be mistaken for one only on a full 96-bit collision: below 10⁻¹⁷ for a
 * million-line file.
 */

export interface RepeatedIdentity {
  key: string;
  line: number;
  firstLine: number;
}

export class IdentitySet {
  private mask: number;
  private h1: Uint32Array;
  private h2: Uint32Array;
  private h3: Uint32Array;
  /** 0: empty slot (lines start at 1). */
  private lines: Uint32Array;
  private size = 0;

  constructor(initialSlots = 1 << 12) {
    this.mask = initialSlots - 1;
    this.h1 = new Uint32Array(initialSlots);
    this.h2 = new Uint32Array(initialSlots);
    this.h3 = new Uint32Array(initialSlots);
    this.lines = new Uint32Array(initialSlots);
  }

  /** Notes that `line` states `key`; the line that stated it first when it is a repeat, else undefined. */
  add(key: string, line: number): number | undefined {
    const [a, b, c] = hash96(key);
    let i = a & this.mask;
    while (this.lines[i] !== 0) {
      if (this.h1[i] === a && this.h2[i] === b && this.h3[i] === c) return this.lines[i];
      i = (i + 1) & this.mask;
    }
    this.h1[i] = a;
    this.h2[i] = b;
    this.h3[i] = c;
    this.lines[i] = line;
    if (++this.size * 2 > this.mask + 1) this.grow();
    return undefined;
  }

  private grow(): void {
    const [h1, h2, h3, lines] = [this.h1, this.h2, this.h3, this.lines];
    const slots = (this.mask + 1) * 2;
    this.mask = slots - 1;
    this.h1 = new Uint32Array(slots);
    this.h2 = new Uint32Array(slots);
    this.h3 = new Uint32Array(slots);
    this.lines = new Uint32Array(slots);
    for (let j = 0; j < lines.length; j++) {
      if (lines[j] === 0) continue;
      let i = h1[j]! & this.mask;
      while (this.lines[i] !== 0) i = (i + 1) & this.mask;
      this.h1[i] = h1[j]!;
      this.h2[i] = h2[j]!;
      this.h3[i] = h3[j]!;
      this.lines[i] = lines[j]!;
    }
  }
}

/** Three independent 32-bit hashes of the UTF-16 code units (FNV-1a and two multiply-xorshift mixes). */
function hash96(s: string): [number, number, number] {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  let c = 0x85ebca6b;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    a = Math.imul(a ^ u, 0x01000193);
    b = Math.imul(b ^ u, 0x5bd1e995);
    b ^= b >>> 15;
    c = Math.imul(c + u, 0xc2b2ae35);
    c ^= c >>> 13;
  }
  // Final avalanche so that short, similar ids spread over the table.
  const fin = (h: number) => {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  return [fin(a ^ s.length), fin(b), fin(c)];
}
