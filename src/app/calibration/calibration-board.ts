/**
 * The calibration board of a real cycle: every pre-rating the reader may see, by person with
 * their manager, beside the context the conversation needs — no-surprises flags (and whether each
 * was acknowledged), recency and activity-not-outcome checks of the period's evidence, support
 * plans made with the person (their facts; the text stays behind its policy), a prompt
 * where a rating and its rationale disagree, the checklist of calibration questions — plus the
 * rating distributions per manager beside the organisation's (never a quota) and every change.
 *
 * Before the session opens, a manager sees only their own line's pre-ratings, and the board says
 * how many others are in without showing them. Reading the board is audited (it reveals ratings).
 */
import type { Actor } from '../../core/access/actor.js';
import { can } from '../../core/access/policy.js';
import { checklistQuestions } from '../../core/calibration/checklist.js';
import { distributionsAgainstOrg, type Distribution, type GroupDistribution } from '../../core/calibration/distribution.js';
import { narrativePrompt, type NarrativePrompt } from '../../core/calibration/narrative-consistency.js';
import { isOpened, type CalibrationSession } from '../../core/calibration/session.js';
import { fairnessChecks, type FairnessFlag } from '../../core/evidence/index.js';
import { lintFeedback } from '../../core/feedback/index.js';
import type { ReviewCycle } from '../../core/review/cycle.js';
import type { RatingChange } from '../../core/review/ratings.js';
import type { StoredRubric } from '../../store/review-rubric-repository.js';
import { assertAllowed } from '../authorize.js';
import { audit, type ReviewDeps } from '../reviews/deps.js';
import { flagsWithAcknowledgements, loadCalibration, participantsFor, visiblePreRatings, type FlagWithAcknowledgement } from './session-deps.js';

export interface BoardRating {
  id: string;
  signal: string;
  value: string;
  rationale: string;
  authorName: string | null;
  decidedAt: number;
  prompt: NarrativePrompt | null;
  /** Feedback-lint findings in the rationale (a writing aid, shown as a count). */
  lintFindings: number;
}

export interface BoardPerson {
  id: string;
  name: string;
  level: string | null;
  manager: string | null;
  managerName: string | null;
  ratings: BoardRating[];
  flags: FlagWithAcknowledgement[];
  /** Recency and activity-not-outcome checks of the period's evidence (prompts, never scores). */
  context: FairnessFlag[];
  /**
   * Support plans made with the person before the session: which signal (null: the role as a
   * whole), when, and how they ended — the facts the no-surprises question turns on. Their text
   * stays behind the support-plan policy; `mayOpen` says whether this reader may open them.
   */
  supportPlans: { signal: string | null; startsOn: string; endsOn: string; outcome: string | null; createdAt: number }[];
  mayOpenSupportPlans: boolean;
  checklist: string[];
}

export interface ManagerProgress {
  manager: string | null;
  name: string;
  people: number;
  preRatings: number;
  /** False while the pre-ratings of this manager's line are hidden from the reader. */
  visible: boolean;
}

export interface BoardView {
  cycle: ReviewCycle;
  rubric: StoredRubric | null;
  session: CalibrationSession | null;
  mayRun: boolean;
  opened: boolean;
  progress: ManagerProgress[];
  people: BoardPerson[];
  hidden: number;
  distributions: { org: Distribution; managers: GroupDistribution[] };
  changes: (RatingChange & { byName: string | null; personName: string })[];
  questions: typeof checklistQuestions;
}

const noManager = '(no manager)';

export async function readBoard(deps: ReviewDeps, actor: Actor, cycleId: string): Promise<BoardView> {
  return deps.data.transaction(async (r) => {
    const l = await loadCalibration(r, cycleId);
    assertAllowed(actor, 'read', { type: 'calibration-session', participants: participantsFor(actor, l) });
    const visible = visiblePreRatings(actor, l);
    const names = await r.org.personNames([...l.people.values()].flatMap((p) => [p.id, ...(p.manager ? [p.manager] : [])]));
    const accountNames = new Map<string, string>();
    const accountName = async (id: string | null): Promise<string | null> => {
      if (id === null) return null;
      if (!accountNames.has(id)) accountNames.set(id, (await r.accounts.get(id))?.name ?? id);
      return accountNames.get(id)!;
    };
    const scale = l.rubric?.scale ?? [];
    const flags = await flagsWithAcknowledgements(r, l.cycle, visible, l.rubric);
    const ticks = l.session ? await r.calibrationSessions.checklist(l.session.id) : [];
    const shownPeople = [...new Set(visible.map((x) => x.person))];
    const people: BoardPerson[] = [];
    for (const id of shownPeople) {
      const p = l.people.get(id);
      const items = await r.evidence.listEvidence(id, { from: l.cycle.periodFrom, to: l.cycle.periodTo });
      const context = fairnessChecks(items, { from: l.cycle.periodFrom, to: l.cycle.periodTo }).flags;
      const plans = (await r.supportPlans.forPerson(id)).map((x) => ({ signal: x.signal, startsOn: x.startsOn, endsOn: x.endsOn, outcome: x.outcome, createdAt: x.createdAt }));
      const ratings: BoardRating[] = [];
      for (const x of visible.filter((v) => v.person === id)) {
        ratings.push({ id: x.id, signal: x.signal, value: x.value, rationale: x.rationale, authorName: await accountName(x.author), decidedAt: x.decidedAt, prompt: narrativePrompt(x.value, x.rationale, scale), lintFindings: lintFeedback(x.rationale).length });
      }
      people.push({
        id,
        name: names.get(id) ?? id,
        level: p?.level ?? null,
        manager: p?.manager ?? null,
        managerName: p?.manager ? (names.get(p.manager) ?? p.manager) : null,
        ratings,
        flags: flags.filter((f) => f.person === id),
        context,
        supportPlans: plans,
        mayOpenSupportPlans: can(actor, 'read', { type: 'support-plan', person: id }).allowed,
        checklist: ticks.filter((t) => t.person === id).map((t) => t.question),
      });
    }
    people.sort((a, b) => (a.managerName ?? noManager).localeCompare(b.managerName ?? noManager) || a.name.localeCompare(b.name));

    // Progress per manager line: how many pre-ratings are in, whether or not the reader may see them.
    const byManager = new Map<string | null, { people: Set<string>; preRatings: number; visible: number }>();
    for (const x of l.ratings) {
      const m = l.people.get(x.person)?.manager ?? null;
      const e = byManager.get(m) ?? { people: new Set(), preRatings: 0, visible: 0 };
      e.people.add(x.person);
      e.preRatings += 1;
      if (visible.includes(x)) e.visible += 1;
      byManager.set(m, e);
    }
    const progress = [...byManager.entries()]
      .map(([m, e]) => ({ manager: m, name: m ? (names.get(m) ?? m) : noManager, people: e.people.size, preRatings: e.preRatings, visible: e.visible === e.preRatings }))
      .sort((a, b) => a.name.localeCompare(b.name));

    const groups = progress.filter((g) => g.visible).map((g) => ({ group: g.name, values: visible.filter((x) => (l.people.get(x.person)?.manager ?? null) === g.manager).map((x) => x.value) }));
    const d = distributionsAgainstOrg(groups, scale);

    const visibleIds = new Set(visible.map((x) => x.id));
    const changes = [];
    for (const c of await r.ratings.changesForCycle(l.cycle.id)) {
      if (visibleIds.has(c.rating)) changes.push({ ...c, byName: await accountName(c.by), personName: names.get(c.person) ?? c.person });
    }
    if (shownPeople.length > 0) {
      await r.audit.append(audit(deps, actor, { action: 'read', resourceType: 'review-rating', resourceId: l.cycle.id, subjects: shownPeople, detail: `calibration board of "${l.cycle.name}"` }));
    }
    return {
      cycle: l.cycle,
      rubric: l.rubric,
      session: l.session,
      mayRun: can(actor, 'write', { type: 'calibration' }).allowed,
      opened: isOpened(l.session),
      progress,
      people,
      hidden: l.ratings.length - visible.length,
      distributions: { org: d.org, managers: d.groups },
      changes,
      questions: checklistQuestions,
    };
  });
}
