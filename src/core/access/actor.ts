/**
 * Who is asking, as the access policy sees it. The policy is pure, so everything it needs
 * travels on the actor: the account's roles and — for managers — the people below them,
 * computed by the app layer from the reporting lines (src/app/auth/actor-for-account.ts).
 */

/** Every role an account can hold. Roles add rights; none takes a right away except where the policy says so. */
export const roles = ['engineer', 'manager', 'people-partner', 'compensation-reviewer', 'calibrator', 'admin'] as const;
export type Role = (typeof roles)[number];

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** A request without credentials. Denied everything; kept as a value so no code path has "no actor". */
export interface AnonymousActor {
  readonly kind: 'anonymous';
}

/**
 * Someone at the server's command line (`trellis account create`, `trellis token create`). They
 * hold the database credentials anyway; the policy still names what the CLI may do, so the
 * bootstrap path (the first admin account) is explicit rather than a hole.
 */
export interface OperatorActor {
  readonly kind: 'operator';
}

/** A signed-in account (by session cookie, API token or OIDC). */
export interface AccountActor {
  readonly kind: 'account';
  readonly accountId: string;
  /** The person this account is; null for service accounts and staff outside the org chart. */
  readonly personId: string | null;
  readonly roles: ReadonlySet<Role>;
  /** Everyone below this person in the reporting line (direct and indirect). Used only with the manager role. */
  readonly reportingLine: ReadonlySet<string>;
}

export type Actor = AnonymousActor | OperatorActor | AccountActor;

export const anonymousActor: AnonymousActor = Object.freeze({ kind: 'anonymous' });
export const operatorActor: OperatorActor = Object.freeze({ kind: 'operator' });

export function accountActor(input: { accountId: string; personId: string | null; roles: Iterable<Role>; reportingLine?: Iterable<string> }): AccountActor {
  return Object.freeze({
    kind: 'account',
    accountId: input.accountId,
    personId: input.personId,
    roles: new Set(input.roles),
    reportingLine: new Set(input.reportingLine ?? []),
  });
}
