/**
 * The demo's calibration (spec/demo.md, issue 16): one finished workshop round on three sample
 * packets — Priya, Sofia and Greg each rated every packet on every signal, so the round is
 * revealed and its agreement computable — and the 2026 annual review ready for calibration: the
 * managers' pre-ratings are in (Greg's include a needs-support rating whose rationale only praises,
 * which the board's consistency prompt catches) and Priya has prepared the session, so each
 * manager still sees only their own line until she opens it.
 *
 * Everything goes through the use cases as the people of the story, at the day it happened.
 */
import type { Actor } from '../../core/access/actor.js';
import { dataAccess, type DataAccess } from '../../store/data-access.js';
import { actorForAccount } from '../auth/actor-for-account.js';
import { rateSample } from '../calibration/rate-sample.js';
import { prepareSession } from '../calibration/calibration-sessions.js';
import { startRound } from '../calibration/workshop-rounds.js';
import { writeRating } from '../reviews/write-rating.js';
import { newId, type Runtime } from '../runtime.js';
import type { DemoSeeder } from './create-demo-people.js';
import { annualCycleId } from './seed-reviews.js';

const day = 86_400_000;
type Deps = { data: DataAccess; runtime: Runtime };

const packets = [
  {
    title: 'Senior engineer, platform work',
    body: 'Level: L4\n\n## Delivery impact\n- Canary stage for the deploy pipeline (shipped in June): change failure rate fell from 18% to 6% over the next 90 days, n = 212 deployments.\n\n## Collaboration\n- Ran a game day with the on-call rota; wrote the rollback runbook.',
  },
  {
    title: 'Mid-level engineer, incident-heavy year',
    body: 'Level: L3\n\n## Reliability impact\n- Incident response on six payments incidents; two postmortems written.\n- No prevention work listed; alert noise unchanged.\n\n## Self review\nI was on every incident this year.',
  },
  {
    title: 'Engineer with a stalled goal',
    body: 'Level: L3\n\n## Growth at level\n- The relevance goal agreed in March has no merged change.\n- Fixed a pagination bug in October.\n\n## Feedback shared\n- Feedback on the goal shared in April and July.',
  },
];

/** Each rater's values per packet, in signal order (delivery, reliability, code quality, collaboration, growth). */
const ratings: Record<string, string[][]> = {
  'priya@lumen.example': [
    ['exceeds', 'exceeds', 'strong at level', 'strong at level', 'strong at level'],
    ['strong at level', 'strong at level', 'strong at level', 'strong at level', 'strong at level'],
    ['needs support', 'strong at level', 'strong at level', 'strong at level', 'needs support'],
  ],
  'sofia@lumen.example': [
    ['exceeds', 'exceeds', 'strong at level', 'exceeds', 'strong at level'],
    ['strong at level', 'strong at level', 'strong at level', 'strong at level', 'needs support'],
    ['needs support', 'strong at level', 'strong at level', 'strong at level', 'needs support'],
  ],
  'greg@lumen.example': [
    ['exceeds', 'exceeds', 'exceeds', 'exceeds', 'exceeds'],
    ['exceeds', 'exceeds', 'exceeds', 'exceeds', 'exceeds'],
    ['strong at level', 'strong at level', 'exceeds', 'strong at level', 'strong at level'],
  ],
};

export const seedDemoCalibration: DemoSeeder = async (store, ctx) => {
  const data = dataAccess(store.db);
  if ((await data.workshops.rounds()).length > 0 || (await data.calibrationSessions.forCycle(annualCycleId))) return; // Never over a user's data.
  if (!(await data.cycles.get(annualCycleId))) return;
  const at = (t: number): Deps => ({ data, runtime: { now: () => t, randomBytes: (n) => ctx.runtime.randomBytes(n) } });
  const actor = async (email: string): Promise<Actor> => {
    const account = await data.accounts.findByEmail(email);
    if (!account) throw new Error(`demo calibration: no account ${email} (create the demo accounts first)`);
    return actorForAccount(data.org, account);
  };
  const a = ctx.anchor;
  const [priya, greg] = [await actor('priya@lumen.example'), await actor('greg@lumen.example')];

  // The finished workshop round, a month before the annual review's calibration.
  const people = ['priya-raman', 'sofia-rossi', 'greg-hale'];
  const round = await startRound(at(a - 30 * day), priya, { title: 'Before the 2026 review: practice round', raters: people });
  const ids: string[] = [];
  await data.transaction(async (r) => {
    for (const p of packets) {
      const id = newId(ctx.runtime);
      ids.push(id);
      await r.workshops.insertPacket({ id, round: round.id, title: p.title, body: p.body, origin: 'scratch', removed: [], approvedAt: a - 30 * day }, a - 30 * day);
    }
  });
  for (const [email, values] of Object.entries(ratings)) {
    const rater = await actor(email);
    for (const [i, packet] of ids.entries()) {
      for (const [j, signal] of round.signals.entries()) {
        await rateSample(at(a - (28 - i) * day), rater, round.id, { packet, signal: signal.id, value: values[i]![j]!, rationale: `Read against the ${signal.name.toLowerCase()} examples of the rubric, from what packet ${i + 1} lists.` });
      }
    }
  }

  // Greg's further pre-ratings of his first report: one vague, one low with praise only.
  const gregsReport = (await data.org.listPeople({ manager: 'greg-hale', limit: 50, offset: 0 })).items.filter((p) => p.active).sort((x, y) => x.id.localeCompare(y.id))[0];
  if (gregsReport) {
    const items = await data.evidence.listEvidence(gregsReport.id);
    const cite = (prefix: string) => items.filter((i) => i.title.startsWith(prefix)).map((i) => i.id);
    await writeRating(at(a - 2 * day), greg, annualCycleId, { person: gregsReport.id, signal: 'delivery-impact', value: 'needs support', rationale: 'Great year, a real team player and a pleasure to work with.', evidence: cite('Automated the') });
  }
  // Priya's pre-ratings of Mei Lin (Identity) and Dev Patel (Payments), whose leads rate through her.
  const cycle = (await data.cycles.get(annualCycleId))!;
  for (const [person, signal, value, rationale, prefix] of [
    ['mei-lin', 'code-quality', 'exceeds', 'Taught property-based testing to Identity; the token-rotation tests it led to caught two expiry bugs before release.', 'Learned and taught property-based testing'],
    ['dev-patel', 'reliability-impact', 'strong at level', 'Worked the payments-api incidents of the spring and wrote two postmortems; the incident runbook hand-over to the rota is still open.', 'Incident response: payments-api'],
  ] as const) {
    const items = await data.evidence.listEvidence(person, { from: cycle.periodFrom, to: cycle.periodTo });
    const evidence = items.filter((i) => i.title.startsWith(prefix)).map((i) => i.id).slice(0, 2);
    if (evidence.length > 0) await writeRating(at(a - 4 * day), priya, annualCycleId, { person, signal, value, rationale, evidence });
  }

  await prepareSession(at(a - day), priya, annualCycleId);
};
