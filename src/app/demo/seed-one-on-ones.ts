/**
 * The demo's 1:1s and support plan (spec/demo.md):
 * - Sofia Rossi, the coaching manager: a 1:1 with each report every two weeks for three months,
 *   with action items (some carried over, still open) and the odd private note;
 * - Greg Hale, the inconsistent manager: a few pairs long overdue, the rest recent;
 * - Priya Raman: recent 1:1s with the two managers above;
 * - Jonas Weber: a support plan on growth at level, created by his manager line four months
 *   before the demo's day (before the annual cycle opened), visible to him since its first day,
 *   with dated check-ins.
 * Everything goes through the use cases, as the people of the story, on the day it happened.
 */
import type { Actor } from '../../core/access/actor.js';
import { isoDay } from '../../core/one-on-one/cadence.js';
import { dataAccess, type DataAccess } from '../../store/data-access.js';
import { actorForAccount } from '../auth/actor-for-account.js';
import { collectAll } from '../org/collect-all.js';
import { recordOneOnOne } from '../one-on-ones/write-one-on-ones.js';
import { addSupportPlanCheckIn, createSupportPlan, updateSupportPlan } from '../support-plans/support-plans.js';
import type { Runtime } from '../runtime.js';
import type { DemoSeeder } from './create-demo-people.js';

const day = 86_400_000;
type Deps = { data: DataAccess; runtime: Runtime };

/** Specific shared notes for Sofia's 1:1s, in turn. */
const sofiaNotes = [
  'Walked through the deploy-pipeline rollout dashboard: two halted rollouts last week, both caught by the canary stage.',
  'Agreed to move one on-call week in April so the rota stays at one week in six.',
  'Reviewed the alert-tuning pull request together; three noisy alerts on cluster go to a ticket queue instead of a page.',
  'Talked about the L4 example on mentoring: pairing with the two new joiners on the release runbook counts.',
  'Looked at the observability backlog; the trace sampling change ships next sprint behind a flag.',
  'Discussed the game day on 12 March: what to rehearse and who writes the timeline.',
];

const sofiaActions = [
  { text: 'Write up the canary halt thresholds in the deploy-pipeline runbook', owner: 'report' as const },
  { text: 'Ask Priya about the conference budget for the SRE summit', owner: 'manager' as const },
  { text: 'Share the alert-tuning results with the Payments rota', owner: 'report' as const },
];

export const seedDemoOneOnOnes: DemoSeeder = async (store, ctx) => {
  const data = dataAccess(store.db);
  if ((await data.supportPlans.forPerson('jonas-weber')).length > 0) return; // Seeded already.
  const a = ctx.anchor;
  const at = (t: number): Deps => ({ data, runtime: { now: () => t, randomBytes: (n) => ctx.runtime.randomBytes(n) } });
  const actorOf = async (personId: string): Promise<Actor | undefined> => {
    const person = await data.org.getPerson(personId);
    const account = person?.email ? await data.accounts.findByEmail(person.email.toLowerCase()) : undefined;
    return account && actorForAccount(data.org, account);
  };
  const reportsOf = async (manager: string) => (await collectAll((p) => data.org.listPeople({ ...p, manager }))).filter((p) => p.active).sort((x, y) => x.id.localeCompare(y.id));
  const held = (daysAgo: number) => a - daysAgo * day + 10 * 3_600_000;

  // Sofia: every two weeks for three months; the newest 1:1 within the last ten days.
  const sofia = await actorOf('sofia-rossi');
  if (sofia) {
    for (const [i, report] of (await reportsOf('sofia-rossi')).entries()) {
      for (let k = 6; k >= 0; k--) {
        const ago = 14 * k + 2 + (i % 7);
        const first = k === 6;
        // An action item agreed every other 1:1, settled at the next; the newest stays open (carried over).
        const open = (await data.oneOnOnes.actionsOfReport(report.id)).filter((x) => x.doneAt === null).map((x) => x.id);
        await recordOneOnOne(at(held(ago)), sofia, report.id, {
          heldOn: isoDay(held(ago)),
          sharedNotes: sofiaNotes[(i + k) % sofiaNotes.length],
          privateNotes: report.id === 'amara-okafor' && k === 1 ? 'Amara may be ready for an L5 case next cycle; check with Priya how the Platform scope reads at that level.' : '',
          actions: k % 2 === 0 ? [{ ...sofiaActions[(i + k) % sofiaActions.length]!, dueOn: isoDay(held(ago) + 10 * day) }] : [],
          done: first ? [] : open,
        });
      }
    }
  }

  // Greg: the first three reports' 1:1s lapsed weeks ago; the others had one recently.
  const greg = await actorOf('greg-hale');
  if (greg) {
    for (const [i, report] of (await reportsOf('greg-hale')).entries()) {
      const lastAgo = i < 3 ? 35 + 12 * i : 4 + i;
      for (const ago of [lastAgo + 60, lastAgo + 30, lastAgo]) {
        await recordOneOnOne(at(held(ago)), greg, report.id, { heldOn: isoDay(held(ago)), sharedNotes: 'Caught up on the sprint.', actions: ago === lastAgo ? [{ text: 'Be more proactive', owner: 'report' }] : [] });
      }
    }
  }

  // Priya: recent 1:1s with her two story managers.
  const priya = await actorOf('priya-raman');
  if (priya) {
    for (const [report, ago] of [['sofia-rossi', 6], ['greg-hale', 9]] as const) {
      await recordOneOnOne(at(held(ago)), priya, report, { heldOn: isoDay(held(ago)), sharedNotes: report === 'greg-hale' ? 'Three of your 1:1s have lapsed for over a month; agreed to book them this week.' : 'Went through the Platform promotion pipeline and the game day plan.' });
    }
  }

  // Jonas: his manager line's support plan, created four months ago — before the annual cycle opened.
  const jonas = await data.org.getPerson('jonas-weber');
  const writer = (jonas?.manager ? await actorOf(jonas.manager) : undefined) ?? priya;
  if (jonas && writer) {
    const created = a - 120 * day + 9 * 3_600_000;
    const plan = await createSupportPlan(at(created), writer, jonas.id, {
      signal: 'growth-at-level',
      startsOn: isoDay(created),
      endsOn: isoDay(created + 90 * day),
      expectations: [
        'One search-api ranking change merged behind a flag, with its offline evaluation attached, within six weeks.',
        'Design notes for indexer back-pressure reviewed by two engineers outside Search before the end of the plan.',
        'Review turnaround on Search pull requests under two working days, as the team dashboard shows it.',
      ],
      support: [
        'Two hours of pairing a week with a senior Search engineer on the ranking code.',
        'Off the on-call rota for the first four weeks of the plan.',
        'A fortnightly check-in with his manager, notes shared with him.',
      ],
    });
    const checkIns: [number, string][] = [
      [14, 'Ranking change started; the offline evaluation set is not ready yet. Pairing happened twice as planned.'],
      [42, 'Ranking change still unmerged after six weeks; review turnaround down to three working days.'],
      [70, 'Back-pressure design notes reviewed by two engineers from Platform; the ranking change is behind a flag in staging.'],
    ];
    for (const [after, note] of checkIns) await addSupportPlanCheckIn(at(created + after * day), writer, jonas.id, plan.id, { heldOn: isoDay(created + after * day), note });
    // Extended at its end: part of the expectations met, the ranking change still open.
    await recordExtension(at(created + 90 * day), writer, jonas.id, plan.id);
  }
};

async function recordExtension(deps: Deps, actor: Actor, person: string, planId: string): Promise<void> {
  const plan = (await deps.data.supportPlans.get(planId))!;
  await updateSupportPlan(deps, actor, person, planId, {
    signal: plan.signal,
    startsOn: plan.startsOn,
    endsOn: isoDay(Date.parse(`${plan.endsOn}T00:00:00Z`) + 45 * day),
    expectations: plan.expectations,
    support: plan.support,
    outcome: 'extended',
    outcomeNote: 'The design notes and review turnaround expectations are met; the ranking change is in staging, not yet in production. Extended by six weeks.',
  });
}
