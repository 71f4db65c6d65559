/**
 * Row types of the review tables (migration 006). The review repositories declare them with
 * `withTables`, so the review feature keeps its tables in its own files.
 */
import type { Generated } from 'kysely';
export interface RubricVersionsTable {
  rubric_id: string;
  version: number;
  name: string;
  /** JSON: ReviewSignal[]. */
  signals: string;
  /** JSON: string[], lowest first. */
  scale: string;
  published_at: number | null;
  published_by: string | null;
  created_at: number;
}

export interface RubricAnnouncementsTable {
  id: string;
  rubric_id: string;
  version: number;
  at: number;
  by_account: string | null;
  /** JSON: string[], one line per change. */
  changes: string;
}

export interface ReviewCyclesTable {
  id: string;
  kind: string;
  name: string;
  period_from: number;
  period_to: number;
  state: string;
  rubric_id: string | null;
  rubric_version: number | null;
  ladder_id: string | null;
  ladder_version: number | null;
  created_at: number;
  /** JSON: CycleDeadlines (epoch ms per step); null when none were set (migration 018). */
  deadlines: string | null;
}

export interface ReviewCycleStepsTable {
  cycle: string;
  state: string;
  at: number;
  by_account: string | null;
}

export interface ReviewRatingsTable {
  id: string;
  cycle: string;
  person: string;
  signal: string;
  value: string;
  rationale: string;
  /** JSON: string[] of evidence ids or links. */
  evidence: string;
  /** Free text beside the cited items (migration 018); never counts as evidence. */
  context: string;
  author_account: string | null;
  at: number;
  /** When the current value was first decided (migration 011); null only before it ran. */
  decided_at: number | null;
  /** When the cell first got a value (migration 011). */
  first_rated_at: number | null;
}

export interface ReviewRatingChangesTable {
  id: string;
  rating: string;
  cycle: string;
  person: string;
  signal: string;
  by_account: string | null;
  old_value: string;
  new_value: string;
  reason: string;
  note: string;
  at: number;
}

export interface ReviewRatingNotesTable {
  id: string;
  cycle: string;
  person: string;
  signal: string | null;
  kind: string;
  author_account: string | null;
  text: string;
  at: number;
  state: string | null;
  answer: string | null;
  answered_by: string | null;
  answered_at: number | null;
}

export interface SharedFeedbackTable {
  id: string;
  person: string;
  author_account: string | null;
  signal: string | null;
  text: string;
  shared_at: number | null;
  created_at: number;
  // Feedback kinds (migration 021).
  kind: Generated<string>;
  visibility: Generated<string>;
  /** 0 or 1. */
  anonymous: Generated<number>;
  request_group: string | null;
  cycle: string | null;
  continue_text: string | null;
  continue_example: string | null;
  change_text: string | null;
  change_example: string | null;
  /** JSON: evidence item ids. */
  citations: Generated<string>;
}

/** Requests for peer or upward feedback (migration 021): one row per colleague asked. */
export interface FeedbackRequestsTable {
  id: string;
  group_id: string;
  cycle: string;
  subject: string;
  writer: string;
  kind: string;
  note: string | null;
  requested_by: string | null;
  created_at: number;
  answered_at: number | null;
}

export interface ReviewWriteupsTable {
  cycle: string;
  person: string;
  /** `self` or `manager`. */
  kind: string;
  text: string;
  /** JSON: evidence item ids (migration 018). */
  citations: string;
  author_account: string | null;
  updated_at: number;
}

/** A review being written (migration 018): private to `author_account` until submitted. */
export interface ReviewDraftsTable {
  cycle: string;
  person: string;
  kind: string;
  author_account: string;
  text: string;
  /** JSON: evidence item ids. */
  citations: string;
  updated_at: number;
}

export interface CompensationTable {
  cycle: string;
  person: string;
  /** JSON object: proposed band, adjustment, notes… */
  fields: string;
  updated_by: string | null;
  updated_at: number;
}

// A type alias (not an interface) so it satisfies Kysely's table-map constraint in `withTables`.
export type ReviewTables = {
  rubric_versions: RubricVersionsTable;
  rubric_announcements: RubricAnnouncementsTable;
  review_cycles: ReviewCyclesTable;
  review_cycle_steps: ReviewCycleStepsTable;
  review_ratings: ReviewRatingsTable;
  review_rating_changes: ReviewRatingChangesTable;
  review_rating_notes: ReviewRatingNotesTable;
  shared_feedback: SharedFeedbackTable;
  feedback_requests: FeedbackRequestsTable;
  review_writeups: ReviewWriteupsTable;
  review_drafts: ReviewDraftsTable;
  compensation: CompensationTable;
};
