/**
 * What the policy guards. Each resource names its subject where one exists — whose record it
 * is — because most rules are about the relation between the actor and that person.
 */

export const actions = ['read', 'write'] as const;
export type Action = (typeof actions)[number];

export const resourceTypes = [
  'org-directory',
  'person-private',
  'person-wellbeing',
  'growth-note',
  'check-in',
  'one-on-one-note',
  'one-on-one-private-note',
  'support-plan',
  'template',
  'compensation',
  'calibration',
  'team-delivery',
  'service-reliability',
  'person-delivery-metric',
  'audit-log',
  'person-access-log',
  'records',
  'account',
  'api-token',
  'ladder',
  'rubric',
  'review-cycle',
  'living-document',
  'review-packet',
  'review-rating',
  'manager-review',
  'calibrated-rating',
  'compensation-bands',
  'compensation-budget',
  'rating-challenge',
  'settings',
  'calibration-workshop',
  'workshop-rating',
  'review-draft',
  'promotion-case',
  'promotion-committee',
  'calibration-session',
  'pre-rating',
  'email-outbox',
] as const;
export type ResourceType = (typeof resourceTypes)[number];

/** Resources that belong to one person: their id is the subject of the access decision. */
export const personResourceTypes = [
  'person-private',
  /** A person's sustainable-work signals (their on-call load): the person and their manager line only. */
  'person-wellbeing',
  'growth-note',
  'check-in',
  /** A 1:1 of the person with their manager: cadence, agenda, shared notes, action items. */
  'one-on-one-note',
  /** The manager's private notes of a 1:1: the manager line only — never the person, never an export. */
  'one-on-one-private-note',
  /** A support plan for the person: theirs to read from the first day, the manager line's to write. */
  'support-plan',
  'compensation',
  'person-delivery-metric',
  'person-access-log',
  'living-document',
  'review-packet',
  'rating-challenge',
  /** A promotion case about the person: they and their manager line write it; the committee reads it. */
  'promotion-case',
] as const satisfies readonly ResourceType[];
export type PersonResourceType = (typeof personResourceTypes)[number];

export type Resource =
  /** Teams, people and services lists and public profiles. */
  | { type: 'org-directory' }
  | { type: PersonResourceType; person: string }
  | { type: 'calibration' }
  /** Delivery figures of a team or service: team context, never split by person. */
  | { type: 'team-delivery'; team?: string }
  | { type: 'service-reliability'; service?: string }
  | { type: 'audit-log' }
  /** Importing and exporting records (which include people's pages and shifts). */
  | { type: 'records' }
  /** An account; `account` is its id. */
  | { type: 'account'; account: string }
  /** An API token; `owner` is the id of the account it acts as. */
  | { type: 'api-token'; owner: string }
  /** Career ladders and their versions: published to everyone before a cycle starts. */
  | { type: 'ladder' }
  /** Review signals (the rubric): published to everyone before a cycle opens. */
  | { type: 'rubric' }
  /** Review cycles: their kind, dates and state (not the ratings inside them). */
  | { type: 'review-cycle' }
  /**
   * A rating of `person` in a cycle. `shared` is whether the cycle has reached the shared state:
   * until then the engineer does not see it (people.md), after that they see everything.
   */
  | { type: 'review-rating'; person: string; shared: boolean }
  /**
   * A self or manager review of `person` being written, not yet submitted; `author` is the id of
   * the account writing it. Private to that writer: not the person, not calibrators, nobody else.
   */
  | { type: 'review-draft'; person: string; author: string }
  /**
   * The manager's write-up of `person` in a cycle. Like ratings, it reaches the engineer when the
   * cycle is shared (`shared`), so the engineer never reads a verdict before calibration is done.
   */
  | { type: 'manager-review'; person: string; shared: boolean }
  /**
   * The values of `person`'s ratings once calibration is done (`calibrated`: the cycle is
   * finalized or shared), as context beside their compensation — values only, never rationales,
   * evidence or growth notes.
   */
  | { type: 'calibrated-rating'; person: string; calibrated: boolean }
  /** The organisation's compensation band table (level × track × currency). */
  | { type: 'compensation-bands' }
  /** A review cycle's compensation budget. */
  | { type: 'compensation-budget' }
  /** The promotion committee's side-by-side view of a cycle's cases (coverage and evidence, never a score). */
  | { type: 'promotion-committee' }
  /** The organisation's templates (goals, packet, 1:1 agenda, support plan, promotion case), versioned. */
  | { type: 'template' }
  /** Organisation settings made in first-run setup (evidence template, calibration workshop plan). */
  | { type: 'settings' }
  /** A calibration workshop round on sample packets; `raters` are the person ids rating it. */
  | { type: 'calibration-workshop'; raters: readonly string[] }
  /**
   * One rater's ratings in a workshop round. `revealed`: every rater has rated every packet, or
   * the facilitator closed the round — until then nobody but the rater sees them.
   */
  | { type: 'workshop-rating'; rater: string; raters: readonly string[]; revealed: boolean }
  /** The calibration session (board) of a real cycle; `participants` are the managers whose line it rates. */
  | { type: 'calibration-session'; participants: readonly string[] }
  /**
   * A manager's pre-rating of `person` on the calibration board. `open`: the session has opened —
   * until then each manager sees only their own line's, so every manager rates independently.
   */
  | { type: 'pre-rating'; person: string; open: boolean; participants: readonly string[] }
  /** The email outbox: what was sent, what is waiting, what failed (addresses and subjects). */
  | { type: 'email-outbox' };

export type ResourceOf<T extends ResourceType> = T extends PersonResourceType ? { type: T; person: string } : Extract<Resource, { type: T }>;

export function isPersonResource(r: Resource): r is { type: PersonResourceType; person: string } {
  return (personResourceTypes as readonly string[]).includes(r.type);
}
