/**
 * Row types of accounts, sessions, API tokens, the audit log and pending OIDC sign-ins
 * (migration 002). Secrets appear only as hashes.
 */
export interface AccountsTable {
  id: string;
  /** Lower-cased; unique. */
  email: string;
  person: string | null;
  /** Comma-separated role names, e.g. `engineer,manager`. */
  roles: string;
  /** `scrypt$N$r$p$salt$hash`; null for accounts that sign in through OIDC only. */
  password_hash: string | null;
  created_at: number;
  disabled: number;
}

export interface SessionsTable {
  /** sha256 (hex) of the cookie token; the token itself is never stored. */
  id: string;
  account: string;
  csrf_token: string;
  created_at: number;
  /** Absolute end of the session, whatever the activity. */
  expires_at: number;
  last_seen_at: number;
}

export interface ApiTokensTable {
  id: string;
  account: string;
  name: string;
  /** sha256 (hex) of the token. */
  token_hash: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

export interface AuditLogTable {
  id: string;
  at: number;
  /** Null when the command line (the operator) acted. */
  actor_account: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  /** Whose record it is, so a person can see who touched theirs. */
  subject_person: string | null;
  detail: string | null;
}

/** The band table (migration 014b): one row per level × track × currency. */
export interface CompensationBandsTable {
  level: string;
  track: string;
  currency: string;
  min: number;
  mid: number;
  max: number;
  imported_at: number;
  imported_by: string | null;
}

/** A review cycle's compensation budget (migration 014b). */
export interface CompensationBudgetsTable {
  cycle: string;
  currency: string;
  amount: number;
  updated_at: number;
  updated_by: string | null;
}

/** The people one audit entry names when it is about several (migration 014): a list read. */
export interface AuditSubjectsTable {
  audit_id: string;
  person: string;
}

export interface OidcLoginsTable {
  /** sha256 (hex) of the browser-binding cookie. */
  id: string;
  state: string;
  nonce: string;
  code_verifier: string;
  expires_at: number;
}
