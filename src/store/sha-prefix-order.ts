/**
 * The order in which git ingestion hands a chunk of change rows to the store (ingest-git-write.ts).
 */

/**
 * Rows whose ids are lowercase hex shas, ordered by the first three hex digits of the id: a
 * stable counting sort, one pass and no comparisons. For SQLite's primary-key index this is as
 * good as a full sort (each run of inserts stays within a few neighbouring pages), and it costs a
 * few milliseconds per 100,000 commits where sorting by the 40-character strings cost about 60 ms
 * (both measured).
 */
export function orderedByShaPrefix<T extends { id?: unknown }>(rows: readonly T[]): T[] {
  const BUCKETS = 4096;
  const bucketOf = new Uint16Array(rows.length);
  const starts = new Uint32Array(BUCKETS + 1);
  for (let i = 0; i < rows.length; i++) {
    const id = rows[i]!.id as string;
    const b = (hexDigit(id.charCodeAt(0)) << 8) | (hexDigit(id.charCodeAt(1)) << 4) | hexDigit(id.charCodeAt(2));
    bucketOf[i] = b;
    starts[b + 1]!++;
  }
  for (let b = 0; b < BUCKETS; b++) starts[b + 1]! += starts[b]!;
  const out = new Array<T>(rows.length);
  for (let i = 0; i < rows.length; i++) out[starts[bucketOf[i]!]!++] = rows[i]!;
  return out;
}

/** 0–15 for '0'–'9' and 'a'–'f' (the parser accepts nothing else in a sha). */
const hexDigit = (code: number) => (code <= 57 ? code - 48 : code - 87);
