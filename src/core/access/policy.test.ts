/**
 * The whole policy as a table: every resource × action × actor (each role alone, plus the
 * anonymous and operator actors) × relation to the subject. A cell is three characters for the
 * subject being the actor themself, someone in their reporting line, and someone outside it:
 * `Y` allowed, `-` denied. Adding a resource type or action without rows fails this test
 * (and the type check).
 */
import { describe, expect, it } from 'vitest';
import { accountActor, anonymousActor, operatorActor, roles, type Actor, type Role } from './actor.js';
import { can } from './policy.js';
import { actions, isPersonResource, resourceTypes, type Action, type Resource, type ResourceType } from './resources.js';

type Who = 'anonymous' | 'operator' | Role;
type Cell = `${'Y' | '-'}${'Y' | '-'}${'Y' | '-'}`;
type Row = Record<Who, Cell>;

const none: Row = { anonymous: '---', operator: '---', engineer: '---', manager: '---', 'people-partner': '---', 'compensation-reviewer': '---', calibrator: '---', admin: '---' };
const everyone: Row = { ...none, engineer: 'YYY', manager: 'YYY', 'people-partner': 'YYY', 'compensation-reviewer': 'YYY', calibrator: 'YYY', admin: 'YYY' };
const selfOnly: Row = { ...none, engineer: 'Y--', manager: 'Y--', 'people-partner': 'Y--', 'compensation-reviewer': 'Y--', calibrator: 'Y--', admin: 'Y--' };
/** The person, their manager line, and people partners (growth notes, check-ins, 1:1 notes, private page). */
const coachingRead: Row = { ...selfOnly, manager: 'YY-', 'people-partner': 'YYY' };
const coachingWrite: Row = { ...selfOnly, manager: 'YY-' };

const expected: { [T in ResourceType]: { [A in Action]: Row } } = {
  'org-directory': { read: { ...everyone, operator: 'YYY' }, write: none },
  'person-private': { read: coachingRead, write: none },
  // The person and their manager line only: no people partner, calibrator or administrator.
  'person-wellbeing': { read: { ...selfOnly, manager: 'YY-' }, write: none },
  // Growth notes are the manager line's coaching record: the person reads them, never writes them.
  'growth-note': { read: coachingRead, write: { ...none, manager: '-Y-' } },
  'check-in': { read: coachingRead, write: coachingWrite },
  // 1:1s: the person reads shared notes and their action items; only the manager line writes.
  'one-on-one-note': { read: coachingRead, write: { ...none, manager: '-Y-' } },
  // Private 1:1 notes: the manager line only — never the person, never a people partner.
  'one-on-one-private-note': { read: { ...none, manager: '-Y-' }, write: { ...none, manager: '-Y-' } },
  // Support plans: the person reads from the first day; the manager line writes.
  'support-plan': { read: coachingRead, write: { ...none, manager: '-Y-' } },
  template: { read: everyone, write: { ...none, admin: 'YYY' } },
  compensation: {
    read: { ...none, 'people-partner': 'YYY', 'compensation-reviewer': 'YYY' },
    write: { ...none, 'people-partner': '-YY', 'compensation-reviewer': '-YY' },
  },
  calibration: { read: { ...none, calibrator: 'YYY', 'people-partner': 'YYY' }, write: { ...none, calibrator: 'YYY' } },
  'team-delivery': { read: { ...everyone, operator: 'YYY' }, write: none },
  'service-reliability': { read: { ...everyone, operator: 'YYY' }, write: none },
  'person-delivery-metric': { read: none, write: none },
  'audit-log': { read: { ...none, admin: 'YYY' }, write: none },
  'person-access-log': { read: { ...selfOnly, admin: 'YYY' }, write: none },
  records: { read: { ...none, admin: 'YYY', operator: 'YYY' }, write: { ...none, admin: 'YYY', operator: 'YYY' } },
  account: { read: { ...selfOnly, admin: 'YYY', operator: 'YYY' }, write: { ...none, admin: 'YYY', operator: 'YYY' } },
  'api-token': { read: { ...none, admin: 'Y--', operator: 'YYY' }, write: { ...none, admin: 'Y--', operator: 'YYY' } },
  ladder: { read: { ...everyone, operator: 'YYY' }, write: { ...none, calibrator: 'YYY', admin: 'YYY', operator: 'YYY' } },
  rubric: { read: everyone, write: { ...none, calibrator: 'YYY', admin: 'YYY' } },
  'review-cycle': { read: everyone, write: { ...none, 'people-partner': 'YYY', admin: 'YYY' } },
  'living-document': { read: coachingRead, write: coachingWrite },
  'review-packet': { read: { ...coachingRead, calibrator: 'YYY' }, write: coachingWrite },
  // Unshared ratings (the table's case): hidden from the person; see the shared case below.
  'review-rating': {
    read: { ...none, manager: '-Y-', calibrator: '-YY', 'people-partner': '-YY' },
    write: { ...none, manager: '-Y-', calibrator: '-YY' },
  },
  // Unshared (the table's case): hidden from the person like ratings; see the shared case below.
  'manager-review': {
    read: { ...none, manager: '-Y-', calibrator: '-YY', 'people-partner': '-YY' },
    write: { ...none, manager: '-Y-' },
  },
  // Before calibration is done (the table's case): nobody; see the calibrated case below.
  'calibrated-rating': { read: none, write: none },
  'compensation-bands': { read: { ...none, operator: 'YYY', 'compensation-reviewer': 'YYY', 'people-partner': 'YYY', admin: 'YYY' }, write: { ...none, operator: 'YYY', admin: 'YYY' } },
  'compensation-budget': { read: { ...none, 'compensation-reviewer': 'YYY', 'people-partner': 'YYY' }, write: { ...none, 'compensation-reviewer': 'YYY', 'people-partner': 'YYY' } },
  settings: { read: everyone, write: { ...none, admin: 'YYY' } },
  'email-outbox': { read: { ...none, admin: 'YYY' }, write: { ...none, admin: 'YYY' } },
  // The table's case is the actor's own draft; someone else's draft is denied to all (below).
  'review-draft': { read: coachingWrite, write: coachingWrite },
  'rating-challenge': { read: { ...selfOnly, manager: 'YY-', calibrator: 'YYY', 'people-partner': 'YYY' }, write: { ...selfOnly, manager: 'YY-' } },
  'promotion-case': { read: { ...selfOnly, manager: 'YY-', calibrator: 'YYY', 'people-partner': 'YYY' }, write: { ...selfOnly, manager: 'YY-' } },
  'promotion-committee': { read: { ...none, calibrator: 'YYY', 'people-partner': 'YYY' }, write: none },
  // The subject is a rater of the round ("self": the actor rates it).
  'calibration-workshop': { read: { ...selfOnly, calibrator: 'YYY', admin: 'YYY', 'people-partner': 'YYY' }, write: { ...none, calibrator: 'YYY', admin: 'YYY' } },
  // Unrevealed ratings (the table's case): only their rater; see the revealed case below.
  'workshop-rating': { read: selfOnly, write: selfOnly },
  // The subject takes part in the session ("self": the actor is one of its managers).
  'calibration-session': { read: { ...none, manager: 'Y--', calibrator: 'YYY', 'people-partner': 'YYY' }, write: { ...none, calibrator: 'YYY' } },
  // Before the session opens (the table's case): like unshared ratings; see the open case below.
  'pre-rating': { read: { ...none, manager: '-Y-', calibrator: '-YY', 'people-partner': '-YY' }, write: none },
};

const relations = ['self', 'line', 'outside'] as const;
type Relation = (typeof relations)[number];
const subjectPerson: Record<Relation, string> = { self: 'me', line: 'report', outside: 'stranger' };

function actorFor(who: Who): Actor {
  if (who === 'anonymous') return anonymousActor;
  if (who === 'operator') return operatorActor;
  // Every account actor carries a reporting line, so the table also shows that being above
  // someone grants nothing without the manager role.
  return accountActor({ accountId: 'acct-me', personId: 'me', roles: [who], reportingLine: ['report', 'report-of-report'] });
}

function resourceFor(type: ResourceType, relation: Relation): Resource {
  const person = subjectPerson[relation];
  if (type === 'account') return { type, account: `acct-${person}` };
  if (type === 'api-token') return { type, owner: `acct-${person}` };
  if (type === 'review-rating' || type === 'manager-review') return { type, person, shared: false };
  if (type === 'calibrated-rating') return { type, person, calibrated: false };
  if (type === 'calibration-workshop') return { type, raters: [person] };
  if (type === 'workshop-rating') return { type, rater: person, raters: [person], revealed: false };
  if (type === 'review-draft') return { type, person, author: 'acct-me' };
  if (type === 'calibration-session') return { type, participants: [person] };
  if (type === 'pre-rating') return { type, person, open: false, participants: ['me'] };
  const r = { type, person } as Resource;
  return isPersonResource(r) ? r : ({ type } as Resource);
}

const whos: Who[] = ['anonymous', 'operator', ...roles];
const cases = resourceTypes.flatMap((type) => actions.flatMap((action) => whos.flatMap((who) => relations.map((relation, i) => ({ type, action, who, relation, i })))));

describe('can(actor, action, resource)', () => {
  it('has a row for every resource type and action, and a column for every role', () => {
    for (const type of resourceTypes) for (const action of actions) for (const who of whos) expect(expected[type]?.[action]?.[who], `${type} ${action} ${who}`).toMatch(/^[Y-]{3}$/);
    expect(Object.keys(expected).sort()).toEqual([...resourceTypes].sort());
    expect(cases.length).toBe(resourceTypes.length * actions.length * whos.length * 3);
  });

  it.each(cases)('$who $action $type ($relation)', ({ type, action, who, relation, i }) => {
    const want = expected[type][action][who][i] === 'Y';
    const decision = can(actorFor(who), action, resourceFor(type, relation));
    expect(decision.allowed).toBe(want);
    if (!decision.allowed) expect(decision.reason.length).toBeGreaterThan(10);
  });
});

describe('calibration workshop ratings', () => {
  const rater = (personId: string, extra: Role[] = []) => accountActor({ accountId: `a-${personId}`, personId, roles: ['manager', ...extra] });
  const round = { raters: ['sofia', 'greg', 'lena'] } as const;

  it('are hidden from the other raters and from the facilitator until revealed, then open to the round', () => {
    const sofias = { type: 'workshop-rating', rater: 'sofia', raters: round.raters, revealed: false } as const;
    expect(can(rater('sofia'), 'read', sofias).allowed).toBe(true);
    expect(can(rater('greg'), 'read', sofias)).toEqual({ allowed: false, reason: expect.stringMatching(/hidden from everyone but their rater/) });
    expect(can(rater('priya', ['calibrator']), 'read', sofias).allowed).toBe(false);
    const revealed = { ...sofias, revealed: true };
    expect(can(rater('greg'), 'read', revealed).allowed).toBe(true);
    expect(can(rater('priya', ['calibrator']), 'read', revealed).allowed).toBe(true);
    expect(can(rater('dev'), 'read', revealed).allowed).toBe(false);
  });

  it('are written only by their rater, who must be a rater of the round', () => {
    expect(can(rater('greg'), 'write', { type: 'workshop-rating', rater: 'sofia', raters: round.raters, revealed: false }).allowed).toBe(false);
    expect(can(rater('dev'), 'write', { type: 'workshop-rating', rater: 'dev', raters: round.raters, revealed: false }).allowed).toBe(false);
  });
});

describe('pre-ratings on the calibration board', () => {
  const manager = (personId: string, line: string[], extra: Role[] = []) => accountActor({ accountId: `a-${personId}`, personId, roles: ['manager', ...extra], reportingLine: line });
  const participants = ['sofia', 'greg'];
  const amaras = (open: boolean) => ({ type: 'pre-rating', person: 'amara', open, participants }) as const;

  it('are hidden from the other managers until the session opens, then shown to those taking part', () => {
    const sofia = manager('sofia', ['amara']);
    const greg = manager('greg', ['lena']);
    expect(can(sofia, 'read', amaras(false)).allowed).toBe(true);
    expect(can(greg, 'read', amaras(false))).toEqual({ allowed: false, reason: expect.stringMatching(/hidden from other managers until the calibration session opens/) });
    expect(can(greg, 'read', amaras(true)).allowed).toBe(true);
    expect(can(manager('lee', ['x']), 'read', amaras(true)).allowed).toBe(false);
  });

  it('are never shown to the engineer rated, nor to a compensation reviewer, and never written here', () => {
    const amara = accountActor({ accountId: 'a-amara', personId: 'amara', roles: ['engineer'] });
    expect(can(amara, 'read', amaras(true)).allowed).toBe(false);
    expect(can(accountActor({ accountId: 'a-omar', personId: 'greg', roles: ['compensation-reviewer', 'manager'] }), 'read', amaras(true)).allowed).toBe(false);
    expect(can(manager('sofia', ['amara']), 'write', amaras(true)).allowed).toBe(false);
  });
});

describe('role combinations and edge cases', () => {
  const director = accountActor({ accountId: 'a1', personId: 'priya', roles: ['calibrator', 'manager', 'engineer'], reportingLine: ['sofia', 'amara'] });

  it('a manager’s rights reach an indirect report, and stop at the edge of the line', () => {
    expect(can(director, 'read', { type: 'person-private', person: 'amara' })).toEqual({ allowed: true });
    expect(can(director, 'write', { type: 'one-on-one-note', person: 'amara' })).toEqual({ allowed: true });
    expect(can(director, 'read', { type: 'growth-note', person: 'dev' }).allowed).toBe(false);
  });

  it('a compensation reviewer who also manages is still denied growth notes, check-ins and 1:1 notes of their reports', () => {
    const reviewer = accountActor({ accountId: 'a2', personId: 'omar', roles: ['compensation-reviewer', 'manager'], reportingLine: ['amara'] });
    for (const type of ['growth-note', 'check-in', 'one-on-one-note', 'one-on-one-private-note', 'support-plan'] as const) {
      const d = can(reviewer, 'read', { type, person: 'amara' });
      expect(d).toEqual({ allowed: false, reason: expect.stringMatching(/kept apart from growth/) });
    }
    expect(can(reviewer, 'read', { type: 'growth-note', person: 'omar' }).allowed).toBe(true);
  });

  it('compensation never flows through the manager line', () => {
    const d = can(director, 'read', { type: 'compensation', person: 'amara' });
    expect(d).toEqual({ allowed: false, reason: expect.stringMatching(/never through the manager line/) });
  });

  it('nobody, whatever their roles, reads a per-person delivery metric', () => {
    const everything = accountActor({ accountId: 'a3', personId: 'x', roles, reportingLine: ['y'] });
    for (const person of ['x', 'y', 'z']) expect(can(everything, 'read', { type: 'person-delivery-metric', person }).allowed).toBe(false);
  });

  it('an account with no person is never "self" of a person resource', () => {
    const service = accountActor({ accountId: 'svc', personId: null, roles: ['engineer'] });
    expect(can(service, 'read', { type: 'person-private', person: 'svc' }).allowed).toBe(false);
  });

  it('the engineer reads their ratings once the cycle is shared, and never writes them', () => {
    const engineer = accountActor({ accountId: 'a4', personId: 'jonas', roles: ['engineer'] });
    expect(can(engineer, 'read', { type: 'review-rating', person: 'jonas', shared: false })).toEqual({ allowed: false, reason: expect.stringMatching(/hidden from the engineer until the cycle is shared/) });
    expect(can(engineer, 'read', { type: 'review-rating', person: 'jonas', shared: true })).toEqual({ allowed: true });
    expect(can(engineer, 'write', { type: 'review-rating', person: 'jonas', shared: true }).allowed).toBe(false);
    expect(can(engineer, 'read', { type: 'review-rating', person: 'mei', shared: true }).allowed).toBe(false);
  });

  it('the engineer reads the manager review once the cycle is shared, and never writes it', () => {
    const engineer = accountActor({ accountId: 'a4', personId: 'jonas', roles: ['engineer'] });
    expect(can(engineer, 'read', { type: 'manager-review', person: 'jonas', shared: false })).toEqual({ allowed: false, reason: expect.stringMatching(/when the cycle is shared/) });
    expect(can(engineer, 'read', { type: 'manager-review', person: 'jonas', shared: true })).toEqual({ allowed: true });
    expect(can(engineer, 'write', { type: 'manager-review', person: 'jonas', shared: false }).allowed).toBe(false);
    expect(can(engineer, 'read', { type: 'manager-review', person: 'mei', shared: true }).allowed).toBe(false);
  });

  it('the compensation reviewer reads calibrated rating values once calibration is done, and the manager line never through it', () => {
    const omar = accountActor({ accountId: 'a6', personId: 'omar', roles: ['compensation-reviewer'] });
    expect(can(omar, 'read', { type: 'calibrated-rating', person: 'amara', calibrated: true })).toEqual({ allowed: true });
    expect(can(omar, 'read', { type: 'calibrated-rating', person: 'amara', calibrated: false })).toEqual({ allowed: false, reason: expect.stringMatching(/once calibration is done/) });
    expect(can(director, 'read', { type: 'calibrated-rating', person: 'amara', calibrated: true }).allowed).toBe(false);
    expect(can(omar, 'write', { type: 'calibrated-rating', person: 'amara', calibrated: true }).allowed).toBe(false);
  });

  it('private 1:1 notes never reach the engineer, even one who manages others; shared 1:1 notes do', () => {
    const engineer = accountActor({ accountId: 'a4', personId: 'jonas', roles: ['engineer', 'manager', 'people-partner', 'calibrator'], reportingLine: ['mei'] });
    expect(can(engineer, 'read', { type: 'one-on-one-private-note', person: 'jonas' })).toEqual({ allowed: false, reason: expect.stringMatching(/manager line only/) });
    expect(can(engineer, 'read', { type: 'one-on-one-note', person: 'jonas' }).allowed).toBe(true);
    expect(can(engineer, 'write', { type: 'one-on-one-note', person: 'jonas' }).allowed).toBe(false);
    expect(can(engineer, 'write', { type: 'support-plan', person: 'jonas' }).allowed).toBe(false);
    expect(can(engineer, 'read', { type: 'one-on-one-private-note', person: 'mei' }).allowed).toBe(true);
  });

  it('the engineer reads growth notes about themself but writes none: the manager line does', () => {
    const engineer = accountActor({ accountId: 'a4', personId: 'jonas', roles: ['engineer', 'manager'], reportingLine: ['mei'] });
    expect(can(engineer, 'read', { type: 'growth-note', person: 'jonas' }).allowed).toBe(true);
    expect(can(engineer, 'write', { type: 'growth-note', person: 'jonas' })).toEqual({ allowed: false, reason: expect.stringMatching(/manager line writes your growth notes/) });
    expect(can(engineer, 'write', { type: 'growth-note', person: 'mei' }).allowed).toBe(true);
  });

  it('a compensation reviewer reads neither living documents, packets nor ratings of the people they manage', () => {
    const reviewer = accountActor({ accountId: 'a5', personId: 'omar', roles: ['compensation-reviewer', 'manager'], reportingLine: ['amara'] });
    for (const r of [{ type: 'living-document', person: 'amara' }, { type: 'review-packet', person: 'amara' }, { type: 'review-rating', person: 'amara', shared: true }] as const) {
      expect(can(reviewer, 'read', r)).toEqual({ allowed: false, reason: expect.stringMatching(/kept apart from growth/) });
    }
  });

  it('a review draft is read and written by its writer only — not the person, a manager above, a calibrator or a people partner', () => {
    const sofia = accountActor({ accountId: 'acct-sofia', personId: 'sofia', roles: ['manager', 'engineer'], reportingLine: ['amara'] });
    const amara = accountActor({ accountId: 'acct-amara', personId: 'amara', roles: ['engineer'] });
    const hannah = accountActor({ accountId: 'acct-hannah', personId: 'hannah', roles: ['people-partner', 'admin'] });
    const sofiasDraft = { type: 'review-draft', person: 'amara', author: 'acct-sofia' } as const;
    const amarasDraft = { type: 'review-draft', person: 'amara', author: 'acct-amara' } as const;
    expect(can(sofia, 'read', sofiasDraft)).toEqual({ allowed: true });
    expect(can(amara, 'read', amarasDraft)).toEqual({ allowed: true });
    for (const [who, draft] of [[amara, sofiasDraft], [director, sofiasDraft], [director, amarasDraft], [sofia, amarasDraft], [hannah, sofiasDraft]] as const) {
      for (const action of ['read', 'write'] as const) expect(can(who, action, draft)).toEqual({ allowed: false, reason: 'A review draft is private to its writer until they submit it.' });
    }
    // Writing a draft in one's own name still needs the right to write that review.
    expect(can(hannah, 'write', { type: 'review-draft', person: 'amara', author: 'acct-hannah' }).allowed).toBe(false);
  });

  it('tells the anonymous actor to sign in', () => {
    expect(can(anonymousActor, 'read', { type: 'org-directory' })).toEqual({ allowed: false, reason: 'Sign in first.' });
  });
});
