/**
 * The rest of the home page beyond the review cycle's steps, per role and from the store:
 * - the engineer: this quarter's goals, evidence added in the last two weeks, ratings of shared
 *   cycles, and their challenges with the answers given;
 * - a manager: challenges from their line still waiting for an answer (each report's evidence
 *   count in a cycle is in what-needs-doing, beside the report's state);
 * - the administrator: how current each kind of system record is, and the accounts (people
 *   without one, accounts disabled, who holds the admin role).
 * Every section is read only when the access policy lets the reader see what it summarises.
 */
import type { Actor } from '../../core/access/actor.js';
import { can } from '../../core/access/policy.js';
import { quarterOf } from '../../core/evidence/index.js';
import { kindRates, type ReviewCycle } from '../../core/review/cycle.js';
import type { RecordFreshness } from '../../store/record-freshness-repository.js';
import { collectAll } from '../org/collect-all.js';
import { hasRole, managesLine, type ReviewDeps } from '../reviews/deps.js';

/** Evidence added within this many days counts as "recent" on the engineer's home. */
export const recentEvidenceDays = 14;
const dayMs = 86_400_000;

export interface MyActivity {
  /** The engineer's own; null for accounts without a person. */
  mine: {
    quarter: string;
    goals: { id: string; text: string; status: string }[];
    recentEvidence: { id: string; title: string; kind: string; date: number; addedAt: number }[];
    sharedRatings: { cycle: { id: string; name: string }; ratings: number }[];
    challenges: { cycle: { id: string; name: string }; signal: string | null; state: 'open' | 'answered'; raisedAt: number; answeredAt: number | null }[];
  } | null;
  /** Challenges raised in the reader's line (direct and indirect) that no one has answered yet. */
  challengesWaiting: { cycle: { id: string; name: string }; person: { id: string; name: string }; signal: string | null; raisedAt: number }[];
  /** Administrators only. */
  admin: {
    records: RecordFreshness[];
    accounts: { total: number; disabled: number; admins: number; peopleWithoutAccount: { id: string; name: string }[] };
  } | null;
}

const ref = (c: ReviewCycle) => ({ id: c.id, name: c.name });

export async function myActivity(deps: ReviewDeps, actor: Actor): Promise<MyActivity> {
  const now = deps.runtime.now();
  const out: MyActivity = { mine: null, challengesWaiting: [], admin: null };
  if (actor.kind !== 'account') return out;
  const cycles = await deps.data.cycles.list();
  const shared = cycles.filter((c) => c.state === 'shared');

  if (actor.personId !== null && can(actor, 'read', { type: 'living-document', person: actor.personId }).allowed) {
    const me = actor.personId;
    const quarter = quarterOf(now);
    const goals = (await deps.data.goals.listGoals(me)).filter((g) => g.quarter === quarter);
    const recent = (await deps.data.evidence.listEvidenceOutlines(me))
      .filter((i) => i.createdAt >= now - recentEvidenceDays * dayMs)
      .sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id))
      .slice(0, 5);
    const sharedRatings: NonNullable<MyActivity['mine']>['sharedRatings'] = [];
    const challenges: NonNullable<MyActivity['mine']>['challenges'] = [];
    for (const c of shared) {
      if (kindRates(c.kind)) {
        const n = (await deps.data.ratings.forPerson(c.id, me)).length;
        if (n > 0) sharedRatings.push({ cycle: ref(c), ratings: n });
      }
      for (const note of await deps.data.ratingNotes.forPerson(c.id, me)) {
        if (note.kind !== 'challenge' || note.state === null) continue;
        challenges.push({ cycle: ref(c), signal: note.signal, state: note.state, raisedAt: note.at, answeredAt: note.answer?.at ?? null });
      }
    }
    out.mine = {
      quarter,
      goals: goals.map((g) => ({ id: g.id, text: g.text, status: g.status })),
      recentEvidence: recent.map((i) => ({ id: i.id, title: i.title, kind: i.kind, date: i.date, addedAt: i.createdAt })),
      sharedRatings,
      challenges,
    };
  }

  if (hasRole(actor, 'manager') && actor.reportingLine.size > 0) {
    const people = await collectAll((p) => deps.data.org.listPeople(p));
    const names = new Map(people.map((p) => [p.id, p.name]));
    for (const c of shared) {
      for (const note of await deps.data.ratingNotes.openChallenges(c.id)) {
        if (!managesLine(actor, note.person) || !can(actor, 'write', { type: 'rating-challenge', person: note.person }).allowed) continue;
        out.challengesWaiting.push({ cycle: ref(c), person: { id: note.person, name: names.get(note.person) ?? note.person }, signal: note.signal, raisedAt: note.at });
      }
    }
  }

  if (hasRole(actor, 'admin')) {
    const [records, accounts, people] = await Promise.all([deps.data.recordFreshness.all(), deps.data.accounts.outlines(), collectAll((p) => deps.data.org.listPeople(p))]);
    const linked = new Set(accounts.flatMap((a) => (a.personId === null ? [] : [a.personId])));
    out.admin = {
      records,
      accounts: {
        total: accounts.length,
        disabled: accounts.filter((a) => a.disabled).length,
        admins: accounts.filter((a) => !a.disabled && a.roles.includes('admin')).length,
        peopleWithoutAccount: people.filter((p) => p.active && !linked.has(p.id)).map((p) => ({ id: p.id, name: p.name })),
      },
    };
  }
  return out;
}
