/** Calibration sessions of real cycles (migration 024). */
export interface CalibrationSessionsTable {
  id: string;
  cycle: string;
  state: string;
  created_at: number;
  created_by: string | null;
  opened_at: number | null;
  opened_by: string | null;
  locked_at: number | null;
  locked_by: string | null;
}

export interface CalibrationChecklistTable {
  session: string;
  person: string;
  question: string;
  by_account: string | null;
  at: number;
}

export interface SurpriseAcknowledgementsTable {
  cycle: string;
  rating: string;
  decided_at: number;
  person: string;
  signal: string;
  note: string;
  by_account: string | null;
  at: number;
}

// A type alias (not an interface) so Kysely's withTables sees an index-compatible record.
export type CalibrationSessionTables = {
  calibration_sessions: CalibrationSessionsTable;
  calibration_checklist: CalibrationChecklistTable;
  surprise_acknowledgements: SurpriseAcknowledgementsTable;
};
