/**
 * The access policy: one pure function, deny by default. Every use case asks it before it loads
 * or changes anything, so "who may see what" lives here and nowhere else, and the table test
 * beside it (policy.test.ts) spells out every role × action × resource answer.
 *
 * The shape of the rules follows DESIGN.md: people see everything about themselves; managers
 * coach their whole reporting line; people partners support everyone; compensation is kept
 * apart from growth; system metrics are team and service context, never a per-person score.
 */
import type { AccountActor, Actor, Role } from './actor.js';
import type { Action, ResourceOf, Resource, ResourceType } from './resources.js';

export type Decision = { allowed: true } | { allowed: false; reason: string };

const allow: Decision = Object.freeze({ allowed: true });
const deny = (reason: string): Decision => ({ allowed: false, reason });

const has = (a: AccountActor, role: Role): boolean => a.roles.has(role);
const isSelf = (a: AccountActor, person: string): boolean => a.personId !== null && a.personId === person;
/** Manager rights reach the whole line below — but only for an account that holds the manager role. */
const inLine = (a: AccountActor, person: string): boolean => has(a, 'manager') && a.reportingLine.has(person);

const importedOnly = (what: string): Decision => deny(`${what} change only through record imports.`);
const appendOnly = deny('The audit log is append-only: Trellis writes it and nobody edits it.');
const keptApart = deny('Compensation reviewers never see growth notes, check-ins or 1:1 notes: compensation is kept apart from growth.');

type Rule<T extends ResourceType> = (a: AccountActor, action: Action, r: ResourceOf<T>) => Decision;

/**
 * Growth notes, check-ins and 1:1 notes: the person and their manager line; people partners read.
 * With `writtenBy: 'line'` the person reads but does not write (growth notes are the manager
 * line's coaching record about the person; the person writes goals and evidence instead).
 */
function coachingRecord(label: string, writtenBy: 'both' | 'line' = 'both'): (a: AccountActor, action: Action, r: { person: string }) => Decision {
  return (a, action, r) => {
    if (isSelf(a, r.person)) {
      if (action === 'write' && writtenBy === 'line') return deny(`Your manager line writes your ${label}; you read them. Add goals and evidence to your document instead.`);
      return allow;
    }
    if (has(a, 'compensation-reviewer')) return keptApart;
    if (inLine(a, r.person)) return allow;
    if (action === 'read' && has(a, 'people-partner')) return allow;
    return deny(action === 'read' ? `Only the person, their manager line and people partners may read ${label}.` : `Only the person and their manager line may write ${label}.`);
  };
}

/** One rule per resource type; the mapped type makes a new resource type without a rule a compile error. */
const rules: { [T in ResourceType]: Rule<T> } = {
  'org-directory': (_a, action) => (action === 'read' ? allow : importedOnly('Teams, people and services')),
  'person-private': (a, action, r) => {
    if (action === 'write') return importedOnly('On-call shifts and pages');
    if (isSelf(a, r.person) || inLine(a, r.person) || has(a, 'people-partner')) return allow;
    return deny("Only the person, their manager line and people partners may see someone's on-call shifts and pages.");
  },
  // Sustainable-work signals are a prompt for the person and whoever coaches them — narrower than
  // the private page: no people partner, no calibrator. Nobody writes them (they are computed).
  'person-wellbeing': (a, action, r) => {
    if (action === 'write') return deny('Sustainable-work signals are computed from pages and shifts; nobody writes them.');
    if (isSelf(a, r.person) || inLine(a, r.person)) return allow;
    return deny("Only the person and their manager line see someone's on-call load: it is a prompt to help, never a score.");
  },
  'growth-note': coachingRecord('growth notes', 'line'),
  'check-in': coachingRecord('check-ins'),
  // 1:1s are the manager's to run: the person reads the shared notes and their action items, the
  // manager line writes (the person raises topics in the 1:1 itself).
  'one-on-one-note': coachingRecord('1:1 notes', 'line'),
  // Private 1:1 notes are the manager's thinking: the manager line alone — not the person, not
  // people partners, not calibrators; no export or packet reads them.
  'one-on-one-private-note': (a, _action, r) => {
    if (has(a, 'compensation-reviewer')) return keptApart;
    return inLine(a, r.person) ? allow : deny('Private 1:1 notes are for the manager line only; the person reads the shared notes.');
  },
  'support-plan': coachingRecord('support plans', 'line'),
  template: (a, action) => (action === 'read' || has(a, 'admin') ? allow : deny('Templates are edited by administrators.')),
  compensation: (a, action, r) => {
    if (action === 'write' && isSelf(a, r.person)) return deny('Nobody changes their own compensation.');
    if (has(a, 'compensation-reviewer') || has(a, 'people-partner')) return allow;
    return deny('Compensation is for compensation reviewers and people partners only — never through the manager line.');
  },
  calibration: (a, action) => {
    if (has(a, 'calibrator') || (action === 'read' && has(a, 'people-partner'))) return allow;
    return deny(action === 'read' ? 'Calibration is for calibrators and people partners.' : 'Only calibrators run calibration.');
  },
  'team-delivery': (_a, action) => (action === 'read' ? allow : importedOnly('Delivery figures')),
  'service-reliability': (_a, action) => (action === 'read' ? allow : importedOnly('Reliability figures')),
  'person-delivery-metric': () => deny('There are no per-person delivery metrics: system metrics are team and service context, never a per-person score.'),
  'audit-log': (a, action) => (action === 'write' ? appendOnly : has(a, 'admin') ? allow : deny('The audit log is for administrators.')),
  'person-access-log': (a, action, r) => {
    if (action === 'write') return appendOnly;
    return isSelf(a, r.person) || has(a, 'admin') ? allow : deny('Who read a person’s records is shown to that person and to administrators only.');
  },
  records: (a) => (has(a, 'admin') ? allow : deny('Importing and exporting records is for administrators.')),
  account: (a, action, r) => {
    if (has(a, 'admin')) return allow;
    if (action === 'read' && r.account === a.accountId) return allow;
    return deny('Accounts are managed by administrators.');
  },
  'api-token': (a, _action, r) => {
    if (!has(a, 'admin')) return deny('API tokens are for administrators.');
    return r.owner === a.accountId ? allow : deny('Administrators manage their own API tokens only.');
  },
  // Ladders and rubrics are published to everyone before a cycle starts; leaders (calibrators)
  // write them, and admins may during first-run setup.
  ladder: (a, action) => (action === 'read' || has(a, 'calibrator') || has(a, 'admin') ? allow : deny('Ladders are published by calibrators and administrators.')),
  rubric: (a, action) => (action === 'read' || has(a, 'calibrator') || has(a, 'admin') ? allow : deny('Review signals are published by calibrators and administrators.')),
  'review-cycle': (a, action) => (action === 'read' || has(a, 'people-partner') || has(a, 'admin') ? allow : deny('Review cycles are run by people partners and administrators.')),
  // The living document is the engineer's own; their manager line coaches in it. It holds growth
  // material, so it is kept apart from compensation like growth notes are.
  'living-document': coachingRecord('living documents'),
  'review-packet': (a, action, r) => {
    if (isSelf(a, r.person)) return allow;
    if (has(a, 'compensation-reviewer')) return keptApart;
    if (inLine(a, r.person)) return allow;
    if (action === 'read' && (has(a, 'calibrator') || has(a, 'people-partner'))) return allow;
    return deny(action === 'read' ? 'Only the person, their manager line, calibrators and people partners read a review packet.' : 'Only the person (self review) and their manager line (manager review) write a review packet.');
  },
  // A draft is its writer's thinking until they submit it, so only its author reads or changes
  // it — and only while they may write that review at all.
  'review-draft': (a, _action, r) => {
    if (r.author !== a.accountId) return deny('A review draft is private to its writer until they submit it.');
    return rules['review-packet'](a, 'write', { type: 'review-packet', person: r.person });
  },
  'review-rating': (a, action, r) => {
    if (isSelf(a, r.person)) {
      if (action === 'write') return deny('Nobody rates themselves: write a self review instead.');
      return r.shared ? allow : deny('Ratings stay hidden from the engineer until the cycle is shared; then everything is visible.');
    }
    if (has(a, 'compensation-reviewer') && !has(a, 'calibrator')) return keptApart;
    if (inLine(a, r.person) || has(a, 'calibrator')) return allow;
    if (action === 'read' && has(a, 'people-partner')) return allow;
    return deny(action === 'read' ? 'Ratings are read by the person (once shared), their manager line, calibrators and people partners.' : 'Ratings are written by the manager line and changed in calibration.');
  },
  // The manager's write-up follows the ratings: the engineer reads it once the cycle is shared.
  'manager-review': (a, action, r) => {
    if (isSelf(a, r.person)) {
      if (action === 'write') return deny('A manager review is written by the manager line: write a self review instead.');
      return r.shared ? allow : deny('The manager review reaches the engineer when the cycle is shared, with the ratings.');
    }
    if (has(a, 'compensation-reviewer') && !has(a, 'calibrator')) return keptApart;
    if (inLine(a, r.person)) return allow;
    if (action === 'read' && (has(a, 'calibrator') || has(a, 'people-partner'))) return allow;
    return deny(action === 'read' ? 'The manager review is read by the person (once shared), their manager line, calibrators and people partners.' : 'The manager review is written by the person’s manager line.');
  },
  // Compensation decisions see calibrated rating values, once calibration is done — not before
  // (a draft rating is not a decision), and never the rationale, evidence or growth notes.
  'calibrated-rating': (a, action, r) => {
    if (action === 'write') return deny('Ratings are written in the review, not beside compensation.');
    if (!(has(a, 'compensation-reviewer') || has(a, 'people-partner'))) return deny('Calibrated ratings beside compensation are for compensation reviewers and people partners.');
    return r.calibrated ? allow : deny('Ratings reach the compensation view once calibration is done (the cycle is finalized).');
  },
  'compensation-bands': (a, action) => {
    if (action === 'write') return has(a, 'admin') ? allow : deny('The compensation band table is imported by administrators.');
    return has(a, 'compensation-reviewer') || has(a, 'people-partner') || has(a, 'admin') ? allow : deny('Compensation bands are for compensation reviewers, people partners and administrators — never through the manager line.');
  },
  'compensation-budget': (a) =>
    has(a, 'compensation-reviewer') || has(a, 'people-partner') ? allow : deny('A cycle’s compensation budget is for compensation reviewers and people partners only — never through the manager line.'),
  settings: (a, action) => (action === 'read' || has(a, 'admin') ? allow : deny('Organisation settings are changed by administrators (first-run setup).')),
  // Calibration workshops: calibrators (and admins, during rollout) facilitate; the raters take part;
  // people partners watch the process.
  'calibration-workshop': (a, action, r) => {
    if (has(a, 'calibrator') || has(a, 'admin')) return allow;
    if (action === 'read' && (has(a, 'people-partner') || (a.personId !== null && r.raters.includes(a.personId)))) return allow;
    return deny(action === 'read' ? 'A calibration workshop is open to its raters, calibrators, people partners and administrators.' : 'Calibration workshops are run by calibrators and administrators.');
  },
  // Independent ratings: hidden from everyone but their rater — the facilitator too — until all
  // are in or the facilitator closes the round, so nobody anchors on someone else's rating.
  'workshop-rating': (a, action, r) => {
    const mine = isSelf(a, r.rater);
    if (action === 'write') return mine && r.raters.includes(r.rater) ? allow : deny('Each rater writes only their own ratings of a workshop round.');
    if (mine) return allow;
    if (!r.revealed) return deny('Workshop ratings stay hidden from everyone but their rater until all are in or the facilitator closes the round.');
    const inRound = a.personId !== null && r.raters.includes(a.personId);
    return inRound || has(a, 'calibrator') || has(a, 'admin') || has(a, 'people-partner') ? allow : deny('Revealed workshop ratings are for the round, calibrators, people partners and administrators.');
  },
  // A promotion case is built by the person and their manager line; the committee (calibrators:
  // directors and leaders) and people partners read it. It is growth material, so compensation
  // reviewers do not read it through this door.
  'promotion-case': (a, action, r) => {
    if (isSelf(a, r.person) || inLine(a, r.person)) return allow;
    if (action === 'read' && (has(a, 'calibrator') || has(a, 'people-partner'))) return allow;
    return deny(action === 'read' ? 'A promotion case is read by the person, their manager line, the promotion committee (calibrators) and people partners.' : 'Only the person and their manager line write a promotion case.');
  },
  'promotion-committee': (a, action) => {
    if (action === 'write') return deny('The committee view is assembled from the cases; change a case instead.');
    return has(a, 'calibrator') || has(a, 'people-partner') ? allow : deny('The promotion committee view is for calibrators (the committee) and people partners.');
  },
  // The calibration board of a real cycle: calibrators run it, people partners watch the process,
  // and the managers whose line it rates take part.
  'calibration-session': (a, action, r) => {
    if (has(a, 'calibrator')) return allow;
    if (action === 'read' && (has(a, 'people-partner') || (has(a, 'manager') && a.personId !== null && r.participants.includes(a.personId)))) return allow;
    return deny(action === 'read' ? 'A calibration session is open to the managers taking part, calibrators and people partners.' : 'Only calibrators run a calibration session.');
  },
  // Pre-ratings on the board: read like ratings (the manager line, calibrators, people partners),
  // and by the other managers taking part only once the session opens — nobody anchors on a
  // peer's rating before the meeting. They are written as ratings, never here.
  'pre-rating': (a, action, r) => {
    if (action === 'write') return deny('Pre-ratings are the manager line’s ratings, written on the person’s ratings page while the cycle is in writing.');
    const asRating = rules['review-rating'](a, 'read', { type: 'review-rating', person: r.person, shared: false });
    if (asRating.allowed || isSelf(a, r.person)) return asRating;
    if (has(a, 'compensation-reviewer') && !has(a, 'calibrator')) return keptApart;
    if (!r.open) return deny('Pre-ratings stay hidden from other managers until the calibration session opens, so each manager rates independently.');
    if (has(a, 'manager') && a.personId !== null && r.participants.includes(a.personId)) return allow;
    return deny('Once the session opens, pre-ratings are shown to the managers taking part, calibrators and people partners.');
  },
  // Who was emailed what, and what failed: the operators of the server, like the audit log.
  'email-outbox': (a) => (has(a, 'admin') ? allow : deny('The email outbox (sent and failed notifications) is for administrators.')),
  // Comments and challenges on shared ratings: the engineer raises them, the manager line answers.
  'rating-challenge': (a, action, r) => {
    if (isSelf(a, r.person) || inLine(a, r.person)) return allow;
    if (action === 'read' && (has(a, 'calibrator') || has(a, 'people-partner'))) return allow;
    return deny('Comments and challenges on ratings are between the person and their manager line; calibrators and people partners read them.');
  },
};

/** The command line runs on the database host: it manages accounts, tokens, records, ladders (`trellis ladder import`) and the band table (`trellis compensation bands import`), and reads the organisation and team figures. */
const operatorMay: ReadonlySet<ResourceType> = new Set(['account', 'api-token', 'records', 'ladder', 'compensation-bands']);

/** May `actor` perform `action` on `resource`? Deny unless a rule says yes, with a reason a person can read. */
export function can(actor: Actor, action: Action, resource: Resource): Decision {
  if (actor.kind === 'anonymous') return deny('Sign in first.');
  if (actor.kind === 'operator') {
    if (resource.type === 'org-directory') return action === 'read' ? allow : importedOnly('Teams, people and services');
    if (resource.type === 'team-delivery' || resource.type === 'service-reliability') return action === 'read' ? allow : importedOnly('Delivery and reliability figures');
    return operatorMay.has(resource.type) ? allow : deny('The command line manages accounts, API tokens, records, ladders and the compensation band table, and lists the organisation; nothing more.');
  }
  const rule = rules[resource.type] as Rule<ResourceType> | undefined;
  return rule ? rule(actor, action, resource) : deny(`No rule for ${resource.type}.`);
}
