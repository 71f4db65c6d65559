/**
 * The home page's "what needs doing", from the store and per role (never computed in the
 * browser): the engineer's own reviews in running cycles; a manager's reports' state (self review
 * in, manager review, ratings, no-surprises flags); a calibrator's or people partner's progress
 * across the organisation per team, with the flagged people; the compensation reviewer's rated
 * cycles and who is still without a proposal; the administrator's setup steps left. Each section is there only
 * when the access policy lets the reader see what it summarises.
 */
import type { Actor } from '../../core/access/actor.js';
import { kindRates, type ReviewCycle } from '../../core/review/cycle.js';
import { currentStep, type DeadlineStep } from '../../core/review/deadlines.js';
import { cycleProgress, type StepCounts, type TeamProgress } from '../../core/review/progress.js';
import { collectAll } from '../org/collect-all.js';
import { listFairnessFlags } from '../reviews/fairness-flags.js';
import { hasRole, isSelf, managesLine, rubricOf, type ReviewDeps } from '../reviews/deps.js';
import { readSetupStatus } from '../setup/read-setup-status.js';
import { listReportCadences, type ReportCadence } from '../one-on-ones/list-reports.js';
import { homeFeedback, type HomeFeedback } from '../feedback/home-feedback.js';

const open = (c: ReviewCycle): boolean => c.state === 'published' || c.state === 'writing';
const running = (c: ReviewCycle): boolean => c.state !== 'draft' && c.state !== 'shared';

export interface ReportState {
  id: string;
  name: string;
  selfReview: boolean;
  managerReview: boolean;
  ratings: number;
  flags: number;
  /** Evidence items dated in the cycle's period: a prompt for a conversation, never a score. */
  evidence: number;
}

export interface HomeTodo {
  own: { cycle: ReviewCycle; selfReview: 'submitted' | 'due' }[];
  reports: { cycle: ReviewCycle; signals: number; people: ReportState[] }[];
  progress: {
    cycle: ReviewCycle;
    total: StepCounts;
    teams: TeamProgress[];
    flagged: { person: string; name: string; signal: string }[];
    /** Who has not done the step the cycle is on (self or manager reviews); empty on other steps. */
    behind: { step: DeadlineStep | null; due: number | null; people: { id: string; name: string }[] };
  }[];
  /** Rated cycles under way, with how many participants are still without a compensation proposal. */
  compensation: { cycle: ReviewCycle; people: number; withoutProposal: number }[];
  setupLeft: { id: string; title: string }[] | null;
  /** A manager's direct reports whose 1:1 is overdue (cadence + grace passed, or never held). */
  overdueOneOnOnes: ReportCadence[];
  /** Feedback requests to answer (with the cycle's deadline) and feedback received (feedback/home-feedback.ts). */
  feedback: HomeFeedback;
}

export async function whatNeedsDoing(deps: ReviewDeps, actor: Actor): Promise<HomeTodo> {
  const cycles = (await deps.data.cycles.list()).filter(running);
  const people = (await collectAll((p) => deps.data.org.listPeople(p))).filter((p) => p.active && p.team !== null);
  const wide = hasRole(actor, 'calibrator') || hasRole(actor, 'people-partner');
  const out: HomeTodo = { own: [], reports: [], progress: [], compensation: [], setupLeft: null, overdueOneOnOnes: [], feedback: await homeFeedback(deps, actor) };
  for (const cycle of cycles) {
    const submitted = await deps.data.reviewWriteups.submittedIn(cycle.id);
    const ratings = await deps.data.ratings.counts(cycle.id);
    const signals = kindRates(cycle.kind) ? ((await rubricOf(deps.data, cycle))?.signals.length ?? 0) : 0;
    const me = people.find((p) => isSelf(actor, p.id));
    if (me && open(cycle)) out.own.push({ cycle, selfReview: submitted.get(me.id)?.has('self') ? 'submitted' : 'due' });
    const flags = wide || hasRole(actor, 'manager') ? await listFairnessFlags(deps, actor, cycle.id).catch(() => []) : [];
    // Direct reports only: a director's whole line would bury the page; the progress table covers the organisation.
    const line = people.filter((p) => actor.kind === 'account' && p.manager === actor.personId && managesLine(actor, p.id));
    if (line.length > 0) {
      const evidence = new Map<string, number>();
      for (const p of line) evidence.set(p.id, (await deps.data.evidence.listEvidence(p.id, { from: cycle.periodFrom, to: cycle.periodTo })).length);
      out.reports.push({
        cycle,
        signals,
        people: line.map((p) => ({
          id: p.id,
          name: p.name,
          selfReview: submitted.get(p.id)?.has('self') ?? false,
          managerReview: submitted.get(p.id)?.has('manager') ?? false,
          ratings: ratings.get(p.id) ?? 0,
          flags: flags.filter((f) => f.person === p.id).length,
          evidence: evidence.get(p.id) ?? 0,
        })),
      });
    }
    if (wide) {
      const teamNames = new Map((await collectAll((p) => deps.data.org.listTeams(p))).map((t) => [t.id, t.name]));
      const names = new Map(people.map((p) => [p.id, p.name]));
      const step = currentStep(cycle.state, cycle.deadlines ?? {}, deps.runtime.now());
      const kind = step === 'selfReview' ? 'self' : step === 'managerReview' ? 'manager' : null;
      const behind = kind === null ? [] : people.filter((p) => !submitted.get(p.id)?.has(kind)).map((p) => ({ id: p.id, name: p.name }));
      out.progress.push({
        cycle,
        ...cycleProgress({ participants: people, teamNames, submitted, ratings, signals }),
        flagged: flags.map((f) => ({ person: f.person, name: names.get(f.person) ?? f.person, signal: f.signal })),
        behind: { step, due: step === null ? null : (cycle.deadlines?.[step] ?? null), people: behind },
      });
    }
    if (hasRole(actor, 'compensation-reviewer') && kindRates(cycle.kind)) {
      const proposed = await deps.data.compensation.proposedIn(cycle.id);
      out.compensation.push({ cycle, people: people.length, withoutProposal: people.filter((p) => !proposed.has(p.id)).length });
    }
  }
  out.overdueOneOnOnes = (await listReportCadences(deps, actor)).filter((r) => r.overdue);
  if (hasRole(actor, 'admin')) out.setupLeft = (await readSetupStatus(deps, actor)).steps.filter((s) => !s.done).map((s) => ({ id: s.id, title: s.title }));
  return out;
}
