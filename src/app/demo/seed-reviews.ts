/**
 * The demo's reviews (spec/demo.md): the article's rubric published by Priya Raman; a quarterly
 * check-in run by Hannah Cole that is finished (shared); the "2026 annual review" in writing;
 * feedback on Jonas Weber shared well before his needs-support rating (so it is no surprise);
 * a needs-support rating by Greg Hale on one of his reports with no earlier feedback (so the
 * no-surprises flag shows); and Sofia Rossi's ratings of Amara Okafor with specific rationales.
 *
 * Everything goes through the use cases as the people of the story, with the clock set to the
 * day each thing happened, so the audit log and the dates read like the story.
 */
import type { Actor } from '../../core/access/actor.js';
import { defaultRubric, defaultRubricId } from '../../core/review/default-rubric.js';
import { cycleStates, type CycleState } from '../../core/review/cycle.js';
import type { RatingInput } from '../../core/review/ratings.js';
import { dataAccess, type DataAccess } from '../../store/data-access.js';
import { actorForAccount } from '../auth/actor-for-account.js';
import { createCycle } from '../reviews/create-cycle.js';
import { publishRubric } from '../reviews/publish-rubric.js';
import { shareFeedback } from '../reviews/shared-feedback.js';
import { transitionCycle } from '../reviews/transition-cycle.js';
import { writeRating } from '../reviews/write-rating.js';
import type { Runtime } from '../runtime.js';
import type { DemoSeeder } from './create-demo-people.js';

const day = 86_400_000;
export const annualCycleId = 'annual-2026';
export const checkInCycleId = 'check-in-q2';

type Deps = { data: DataAccess; runtime: Runtime };

export const seedDemoReviews: DemoSeeder = async (store, ctx) => {
  const data = dataAccess(store.db);
  if (await data.rubrics.latest(defaultRubricId)) return; // Seeded already: never over a user's data.
  const at = (t: number): Deps => ({ data, runtime: { now: () => t, randomBytes: (n) => ctx.runtime.randomBytes(n) } });
  const actor = async (email: string): Promise<Actor> => {
    const account = await data.accounts.findByEmail(email);
    if (!account) throw new Error(`demo reviews: no account ${email} (create the demo accounts first)`);
    return actorForAccount(data.org, account);
  };
  const a = ctx.anchor;
  // Ratings cite items of the person's living document (seeded before this), found by title.
  const cite = async (person: string, ...titles: string[]): Promise<string[]> => {
    const items = await data.evidence.listEvidence(person);
    return titles.map((t) => {
      const found = items.find((i) => i.title.startsWith(t));
      if (!found) throw new Error(`demo reviews: ${person} has no evidence item "${t}…" (seed the living documents first)`);
      return found.id;
    });
  };
  const [priya, hannah, greg, sofia] = [await actor('priya@lumen.example'), await actor('hannah@lumen.example'), await actor('greg@lumen.example'), await actor('sofia@lumen.example')];

  const { name, signals, scale } = defaultRubric();
  await publishRubric(at(a - 150 * day), priya, { name, signals, scale });

  // The finished quarterly check-in: growth only, no ratings.
  await createCycle(at(a - 140 * day), hannah, { kind: 'check-in', name: 'Q2 growth check-in', periodFrom: a - 180 * day, periodTo: a - 90 * day }, checkInCycleId);
  await walk(at, hannah, checkInCycleId, 'shared', a - 135 * day, 10 * day);

  // The annual review, in writing.
  const year = new Date(a).getUTCFullYear();
  await createCycle(at(a - 45 * day), hannah, { kind: 'annual', name: '2026 annual review', periodFrom: Date.UTC(year, 0, 1), periodTo: Date.UTC(year + 1, 0, 1), deadlines: demoDeadlines(a) }, annualCycleId);
  await walk(at, hannah, annualCycleId, 'writing', a - 40 * day, 7 * day);

  // Jonas: Priya (the director, in his line — the generated Search lead has no manager account)
  // shared specific feedback on growth at level three months ago, then rates it: no surprise.
  await shareFeedback(at(a - 100 * day), priya, 'jonas-weber', {
    signal: 'growth-at-level',
    text: 'The search-api relevance goal agreed in March has no merged change yet. By the end of next month: one ranking change behind a flag, with its offline evaluation attached.',
  });
  await writeRating(at(a - 6 * day), priya, annualCycleId, {
    person: 'jonas-weber',
    signal: 'growth-at-level',
    value: 'needs support',
    rationale: 'The ranking change agreed in March and again in the feedback shared since has not shipped; the support plan check-ins record the same gap.',
    evidence: await cite('jonas-weber', 'Paired on the indexer back-pressure design'),
    context: 'Feedback on growth at level shared in the spring; the support plan check-in notes.',
  });

  // Greg: a needs-support rating with no earlier feedback on the signal — the surprise the flag catches.
  const gregsReport = (await data.org.listPeople({ manager: 'greg-hale', limit: 50, offset: 0 })).items.filter((p) => p.active).sort((x, y) => x.id.localeCompare(y.id))[0];
  if (gregsReport) {
    await writeRating(at(a - 3 * day), greg, annualCycleId, {
      person: gregsReport.id,
      signal: 'collaboration',
      value: 'needs support',
      rationale: 'Could communicate better with the backend team.',
      evidence: await cite(gregsReport.id, 'Organised the cross-team postmortem reading group'),
      context: '1:1 notes',
    });
  }

  // Sofia: specific ratings of Amara, each resting on evidence.
  const amara: Omit<RatingInput, 'person'>[] = [
    {
      signal: 'reliability-impact',
      value: 'exceeds',
      rationale: 'Rollout automation on deploy-pipeline: change failure rate fell from about 18% to 6% over the following 90 days, with fewer pages per on-call shift after the alert tuning.',
      evidence: await cite('amara-okafor', 'Rollout automation', 'Alert tuning'),
    },
    {
      signal: 'delivery-impact',
      value: 'strong at level',
      rationale: 'Shipped the staged rollouts in small releases, each with an automatic halt, without slowing Platform’s deploys.',
      evidence: await cite('amara-okafor', 'Rollout automation'),
    },
    {
      signal: 'collaboration',
      value: 'strong at level',
      rationale: 'Wrote the rollback runbook and ran a game day with the whole rota; reviewed every Platform alert with the people who get paged.',
      evidence: await cite('amara-okafor', 'Wrote the rollback runbook', 'Alert tuning'),
    },
  ];
  for (const [i, r] of amara.entries()) await writeRating(at(a - (12 - i) * day), sofia, annualCycleId, { person: 'amara-okafor', ...r });
};

/** The annual review's deadlines: self reviews two weeks after the demo's day, then a fortnight per step. */
function demoDeadlines(anchor: number) {
  const dayOf = (ms: number) => Math.floor(ms / day) * day;
  return { selfReview: dayOf(anchor + 14 * day), managerReview: dayOf(anchor + 28 * day), calibration: dayOf(anchor + 42 * day), sharing: dayOf(anchor + 56 * day) };
}

/** Move a cycle forward to `to`, one state every `step` ms from `from`. */
async function walk(at: (t: number) => Deps, actor: Actor, id: string, to: CycleState, from: number, step: number): Promise<void> {
  for (const [i, state] of cycleStates.slice(1, cycleStates.indexOf(to) + 1).entries()) await transitionCycle(at(from + i * step), actor, id, state);
}
