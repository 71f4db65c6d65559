/** Told how many records of a kind a backfill has read so far (for progress lines). */
export interface BackfillProgress {
  (kind: string, count: number): void;
}
