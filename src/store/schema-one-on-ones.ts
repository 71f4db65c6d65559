/** 1:1, support plan and template tables (migration 022). JSON text for lists read whole with their row. */
export interface OneOnOnePairsTable {
  manager: string;
  report: string;
  cadence_days: number;
  updated_at: number;
  updated_by: string | null;
}

export interface OneOnOneMeetingsTable {
  id: string;
  manager: string;
  report: string;
  held_on: string;
  agenda: string;
  shared_notes: string;
  template_version: number;
  created_at: number;
  created_by: string | null;
  updated_at: number;
}

export interface OneOnOnePrivateNotesTable {
  meeting: string;
  text: string;
  updated_at: number;
}

export interface OneOnOneActionsTable {
  id: string;
  manager: string;
  report: string;
  meeting: string;
  text: string;
  owner: string;
  due_on: string | null;
  done_at: number | null;
  created_at: number;
}

export interface SupportPlansTable {
  id: string;
  person: string;
  signal: string | null;
  starts_on: string;
  ends_on: string;
  expectations: string;
  support: string;
  outcome: string | null;
  outcome_note: string | null;
  template_version: number;
  created_at: number;
  created_by: string | null;
  updated_at: number;
}

export interface SupportPlanCheckinsTable {
  id: string;
  plan: string;
  held_on: string;
  note: string;
  created_at: number;
  created_by: string | null;
}

export interface TemplatesTable {
  kind: string;
  version: number;
  title: string;
  sections: string;
  created_at: number;
  created_by: string | null;
}

// A type alias (not an interface) so Kysely's withTables sees an index-compatible record.
export type OneOnOneTables = {
  one_on_one_pairs: OneOnOnePairsTable;
  one_on_one_meetings: OneOnOneMeetingsTable;
  one_on_one_private_notes: OneOnOnePrivateNotesTable;
  one_on_one_actions: OneOnOneActionsTable;
  support_plans: SupportPlansTable;
  support_plan_checkins: SupportPlanCheckinsTable;
  templates: TemplatesTable;
};
