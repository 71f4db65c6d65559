/** Row types of the living-document tables (migrations/007-living-documents.ts). */

export interface EvidenceItemsTable {
  id: string;
  person: string;
  title: string;
  date: number;
  kind: string;
  /** JSON arrays. */
  signals: string;
  dimensions: string;
  links: string;
  notes: string;
  outcome_target: string | null;
  outcome_id: string | null;
  outcome_at: number | null;
  outcome_window_days: number | null;
  outcome_metric: string | null;
  created_by: string | null;
  created_at: number;
  updated_at: number;
}

export interface GoalsTable {
  id: string;
  person: string;
  quarter: string;
  text: string;
  status: string;
  created_at: number;
  updated_at: number;
}

export interface GrowthNotesTable {
  id: string;
  person: string;
  author_account: string | null;
  text: string;
  /** 0 = a draft only its author sees; 1 = shared with the person (and everyone the policy lets read it). */
  shared: number;
  created_at: number;
  /** The review signal the note is about, if any (migration 011b). */
  signal: string | null;
}
