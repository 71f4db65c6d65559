/** Calibration workshop tables (migration 019). JSON text for the lists read whole with their row. */
export interface WorkshopRoundsTable {
  id: string;
  title: string;
  signals: string;
  scale: string;
  raters: string;
  created_at: number;
  created_by: string | null;
  closed_at: number | null;
  closed_by: string | null;
}

export interface WorkshopPacketsTable {
  id: string;
  round: string;
  title: string;
  body: string;
  origin: string;
  removed: string;
  created_at: number;
  approved_at: number | null;
}

export interface WorkshopRatingsTable {
  round: string;
  packet: string;
  rater: string;
  signal: string;
  value: string;
  rationale: string;
  at: number;
}

// A type alias (not an interface) so Kysely's withTables sees an index-compatible record.
export type WorkshopTables = {
  workshop_rounds: WorkshopRoundsTable;
  workshop_packets: WorkshopPacketsTable;
  workshop_ratings: WorkshopRatingsTable;
};
