/**
 * Row types of the Trellis database, as Kysely sees them. Times are epoch milliseconds
 * (bigint in PostgreSQL, normalised to numbers by the driver set-up in db.ts); booleans are
 * 0/1 integers so the same SQL runs on SQLite and PostgreSQL.
 */
import type { SettingsTable } from './schema-settings.js';
import type { OpenSloObjectsTable, SliRollupsTable } from './schema-slos.js';
import type { AccountsTable, ApiTokensTable, AuditLogTable, AuditSubjectsTable, CompensationBandsTable, CompensationBudgetsTable, OidcLoginsTable, SessionsTable } from './schema-accounts.js';
import type { EvidenceItemsTable, GoalsTable, GrowthNotesTable } from './schema-evidence.js';

export type { AccountsTable, ApiTokensTable, AuditLogTable, AuditSubjectsTable, OidcLoginsTable, SessionsTable };

export interface TeamsTable {
  id: string;
  name: string;
  parent: string | null;
  timezone: string | null;
}

export interface PeopleTable {
  id: string;
  name: string;
  email: string | null;
  team: string | null;
  manager: string | null;
  level: string | null;
  track: string | null;
  timezone: string | null;
  working_hours: string | null;
  start_date: string | null;
  active: number;
}

export interface ServicesTable {
  id: string;
  name: string;
  team: string;
}

export interface ChangesTable {
  id: string;
  service: string;
  committed_at: number;
  authored_at: number | null;
  merged_at: number | null;
  author: string | null;
  is_merge: number;
  revert_of: string | null;
  deployment: string | null;
  url: string | null;
}

export interface DeploymentsTable {
  id: string;
  service: string;
  finished_at: number;
  environment: string;
  status: string;
  commit_sha: string | null;
  rollback_of: string | null;
  remediates: string | null;
  url: string | null;
}

export interface DeploymentChangesTable {
  deployment: string;
  change: string;
}

export interface IncidentsTable {
  id: string;
  service: string;
  started_at: number;
  detected_at: number | null;
  resolved_at: number | null;
  severity: string | null;
  caused_by: string | null;
  title: string | null;
  /** JSON array of person ids (migration 017). */
  participants: string | null;
  postmortem: string | null;
  cause: string | null;
  url: string | null;
}

export interface PagesTable {
  id: string;
  at: number;
  person: string | null;
  service: string | null;
  acknowledged_at: number | null;
  resolved_at: number | null;
  urgency: string | null;
  actionable: number | null;
  /** Migration 017. */
  alert: string | null;
}

export interface OncallShiftsTable {
  id: string;
  person: string;
  start_at: number;
  end_at: number;
  schedule: string | null;
}

export interface SliSlicesTable {
  slo: string;
  at: number;
  good: number;
  total: number;
}

export interface PullRequestsTable {
  id: string;
  service: string;
  opened_at: number;
  author: string | null;
  first_review_at: number | null;
  first_reviewer: string | null;
  merged_at: number | null;
  merged_by: string | null;
  closed_at: number | null;
  title: string | null;
  url: string | null;
}

/** Stored delivery facts: see migrations/015-delivery-facts.ts. */
export interface DeliveryDeploymentFactsTable {
  deployment: string;
  service: string;
  environment: string;
  finished_at: number;
  kind: string;
  baseline: number;
  /** JSON of core/delivery/facts.ts DeploymentEvidence, or null. */
  evidence: string | null;
}

export interface DeliveryChangeFactsTable {
  environment: string;
  change: string;
  service: string;
  committed_at: number;
  is_merge: number;
  deployment: string | null;
  finished_at: number | null;
  baseline: number;
}

export interface DeliveryFactScopesTable {
  service: string;
  environment: string;
}

/** One row (`id = 1`): bumped by every committed import; see migrations/004-data-version.ts. */
export interface DataVersionTable {
  id: number;
  version: number;
}

export interface Database {
  settings: SettingsTable;
  openslo_objects: OpenSloObjectsTable;
  sli_rollups: SliRollupsTable;
  teams: TeamsTable;
  people: PeopleTable;
  services: ServicesTable;
  changes: ChangesTable;
  deployments: DeploymentsTable;
  deployment_changes: DeploymentChangesTable;
  incidents: IncidentsTable;
  pages: PagesTable;
  oncall_shifts: OncallShiftsTable;
  sli_slices: SliSlicesTable;
  pull_requests: PullRequestsTable;
  accounts: AccountsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  audit_subjects: AuditSubjectsTable;
  compensation_bands: CompensationBandsTable;
  compensation_budgets: CompensationBudgetsTable;
  oidc_logins: OidcLoginsTable;
  data_version: DataVersionTable;
  delivery_deployment_facts: DeliveryDeploymentFactsTable;
  delivery_change_facts: DeliveryChangeFactsTable;
  delivery_fact_scopes: DeliveryFactScopesTable;
  evidence_items: EvidenceItemsTable;
  goals: GoalsTable;
  growth_notes: GrowthNotesTable;
}
