/**
 * The delivery core's input: plain data with times as epoch milliseconds. It is deliberately
 * smaller than the import records (src/core/records/schemas.ts): the app maps records to these
 * shapes, so the metrics never depend on a storage format, a parser or a clock.
 *
 * There is no person field anywhere here, on purpose: delivery figures exist per service and
 * environment (rolled up per team and org), never per person (DESIGN.md).
 */

/** A commit (or pull request) of a service. */
export interface ChangeEvent {
  id: string;
  service: string;
  committedAt: number;
  /** Merge commits are left out of lead time unless asked for. Absent means false. */
  isMerge?: boolean;
  /** The change this one reverts. */
  revertOf?: string;
  /** The deployment that ships it, when the source says so explicitly. */
  deployment?: string;
}

export type DeploymentStatus = 'success' | 'failure';

export interface DeploymentEvent {
  id: string;
  service: string;
  environment: string;
  /** `failure` means the deployment did not go out: a failed attempt, not a deployment. */
  status: DeploymentStatus;
  finishedAt: number;
  /** The deployed commit (a change id when the commit graph is known). */
  commit?: string;
  /** The changes this deployment contains, when the CI/CD source lists them. */
  changes?: readonly string[];
  /** The deployment this one rolls back. */
  rollbackOf?: string;
  /** The incident this deployment remediates. */
  remediates?: string;
}

export interface IncidentEvent {
  id: string;
  service: string;
  startedAt: number;
  resolvedAt?: number;
  /** The deployment that caused it. Never guessed from time proximity. */
  causedBy?: string;
}

/**
 * The commit graph, as a structural interface the git ingestion fills in later. The core never
 * walks a repository itself; it only asks this question.
 */
export interface Ancestry {
  /** True when commit `a` is `b` or reachable from `b` (git merge-base --is-ancestor a b). */
  isAncestor(a: string, b: string): boolean;
}

export interface DeliveryInput {
  changes: readonly ChangeEvent[];
  deployments: readonly DeploymentEvent[];
  incidents: readonly IncidentEvent[];
  /** Optional: without it, only explicit `changes[]` and `change.deployment` attribute changes. */
  ancestry?: Ancestry;
}

export const HOUR = 3_600_000;
export const DAY = 86_400_000;
export const DEFAULT_ENVIRONMENT = 'production';
/** A revert shipped this long after the reverted change marks that change's deployment failed. */
export const DEFAULT_REVERT_WINDOW_MS = 14 * DAY;
