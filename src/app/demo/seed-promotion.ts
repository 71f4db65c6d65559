/**
 * The demo's promotion cases (spec/demo.md), in the 2026 annual review, written through the use
 * cases by the people of the story:
 * - Mei Lin (L3, Senior Engineer) argues for Staff Engineer with case files from two periods, so
 *   the repeated pattern holds — and none shows scope and impact yet, which the coverage map
 *   shows as the one uncovered dimension;
 * - Sofia Rossi's case for Amara Okafor (L4) towards Senior Staff Engineer, started this year,
 *   so the committee view has two cases to set side by side.
 */
import type { Actor } from '../../core/access/actor.js';
import { dataAccess, type DataAccess } from '../../store/data-access.js';
import { actorForAccount } from '../auth/actor-for-account.js';
import { saveCaseExample } from '../promotion/save-case-example.js';
import { startPromotionCase } from '../promotion/start-promotion-case.js';
import type { Runtime } from '../runtime.js';
import type { DemoSeeder } from './create-demo-people.js';
import { meiMissingDimension } from './demo-evidence.js';
import { annualCycleId } from './seed-reviews.js';

const day = 86_400_000;
type Deps = { data: DataAccess; runtime: Runtime };

/** Mei's target level; her case leaves `meiMissingDimension` (scope and impact) uncovered. */
export const meiTargetLevel = 'l4';
export { meiMissingDimension };

export const seedDemoPromotion: DemoSeeder = async (store, ctx) => {
  const data = dataAccess(store.db);
  if (!(await data.cycles.get(annualCycleId))) return;
  if (await data.promotionCases.forPerson(annualCycleId, 'mei-lin')) return; // Seeded already.
  const at = (t: number): Deps => ({ data, runtime: { now: () => t, randomBytes: (n) => ctx.runtime.randomBytes(n) } });
  const actor = async (email: string): Promise<Actor> => {
    const account = await data.accounts.findByEmail(email);
    if (!account) throw new Error(`demo promotion cases: no account ${email} (create the demo accounts first)`);
    return actorForAccount(data.org, account);
  };
  const a = ctx.anchor;
  const ids = async (person: string, ...titles: string[]): Promise<string[]> => {
    const items = await data.evidence.listEvidence(person);
    return titles.map((t) => {
      const found = items.find((i) => i.title.startsWith(t));
      if (!found) throw new Error(`demo promotion cases: ${person} has no evidence item "${t}…" (seed the living documents first)`);
      return found.id;
    });
  };
  const dayOf = (ms: number) => Math.floor(ms / day) * day;
  const ago = (d: number) => dayOf(a - d * day);

  const mei = await actor('mei@lumen.example');
  await startPromotionCase(at(a - 20 * day), mei, annualCycleId, 'mei-lin', { targetLevel: meiTargetLevel });
  const meiFiles = [
    {
      problem: 'Signed-out users kept access to Lumen products until their session expired, up to 12 hours later.',
      scope: 'auth-service, which every Lumen product signs in through; the change touched the session store and two client libraries.',
      action: 'Wrote the design doc comparing a revocation list with short-lived tokens, chose the list with a 30-second cache, and split the work into three releases behind a flag.',
      result: 'Sign-out takes effect within 30 seconds on every product; the support tickets about sessions after sign-out stopped after the release.',
      from: ago(335),
      to: ago(300),
      dimensions: ['technical-judgement', 'delivery-autonomy'],
      evidence: await ids('mei-lin', 'Designed session revocation', 'Planned and split the user-profile migration'),
    },
    {
      problem: 'Signing keys on auth-service had not been rotated in two years because a rotation meant downtime.',
      scope: 'auth-service and the eleven services that verify its tokens.',
      action: 'Designed a key overlap window, added a rotation runbook and a dashboard for token verification failures, and ran the first rotation during business hours.',
      result: 'Keys now rotate every 90 days with no downtime; the first rotation caused no failed sign-ins.',
      from: ago(170),
      to: ago(140),
      dimensions: ['operational-responsibility', 'technical-judgement'],
      evidence: await ids('mei-lin', 'Token rotation without downtime'),
    },
    {
      problem: 'Identity design decisions were made in calls with no design doc, and new joiners could not find why things were built the way they were.',
      scope: 'The Identity team (six engineers) and the teams that call its services.',
      action: 'Ran the Identity design reviews for a quarter, published a decision record after each, mentored the new joiner through their first on-call, and taught property-based testing in two workshops.',
      result: 'Nine decision records written; the new joiner handled their second on-call shift alone; property-based tests now run in the auth-service test suite.',
      from: ago(240),
      to: ago(45),
      dimensions: ['collaboration-communication', 'mentoring'],
      evidence: await ids('mei-lin', 'Ran the Identity design reviews', 'Mentored the new Identity joiner', 'Learned and taught property-based testing'),
    },
  ];
  for (const [i, f] of meiFiles.entries()) await saveCaseExample(at(a - (18 - i) * day), mei, annualCycleId, 'mei-lin', undefined, f);

  const sofia = await actor('sofia@lumen.example');
  await startPromotionCase(at(a - 10 * day), sofia, annualCycleId, 'amara-okafor', {});
  const amaraFiles = [
    {
      problem: 'One deploy in five of Platform services failed and was rolled back by hand, often after a page.',
      scope: 'deploy-pipeline, which ships every Platform service.',
      action: 'Designed staged rollouts to 5% of traffic with an automatic halt on error-rate regressions, and shipped them service by service.',
      result: 'The change failure rate of deploy-pipeline fell over the following 90 days; halted deploys roll back without a page.',
      from: ago(200),
      to: ago(160),
      dimensions: ['operational-responsibility', 'technical-judgement'],
      evidence: await ids('amara-okafor', 'Rollout automation'),
    },
    {
      problem: 'The Platform rota was paged for alerts nobody acted on, and newer engineers did not know the rollback steps.',
      scope: 'The Platform on-call rota and its alert rules.',
      action: 'Reviewed every Platform alert with the rota, removed or re-routed 14, wrote the rollback runbook and ran a game day with the whole rota.',
      result: 'Fewer pages per shift after the tuning; every rota member has now run a rollback in the game day.',
      from: ago(120),
      to: ago(60),
      dimensions: ['collaboration-communication', 'mentoring', 'operational-responsibility'],
      evidence: await ids('amara-okafor', 'Alert tuning', 'Wrote the rollback runbook'),
    },
  ];
  for (const [i, f] of amaraFiles.entries()) await saveCaseExample(at(a - (9 - i) * day), sofia, annualCycleId, 'amara-okafor', undefined, f);
};
