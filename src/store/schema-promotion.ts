/** Promotion case tables (migration 023). Dimensions and evidence are JSON arrays of ids. */
export interface PromotionCasesTable {
  id: string;
  cycle: string;
  person: string;
  target_level: string;
  ladder: string;
  ladder_version: number;
  /** Version of the promotion-case template last written with (migration 027). */
  template_version: number;
  created_by: string | null;
  created_at: number;
  updated_at: number;
}

export interface PromotionExamplesTable {
  id: string;
  case_id: string;
  position: number;
  problem: string;
  scope: string;
  action: string;
  result: string;
  from_day: number;
  to_day: number | null;
  dimensions: string;
  evidence: string;
  updated_at: number;
}

// A type alias (not an interface) so Kysely's withTables sees an index-compatible record.
export type PromotionTables = {
  promotion_cases: PromotionCasesTable;
  promotion_examples: PromotionExamplesTable;
};
