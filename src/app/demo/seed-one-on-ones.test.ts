/**
 * The demo's 1:1s and Jonas's support plan on the real demo organisation (SQLite once: the
 * generator is the slow part; the repositories run on both dialects in the use-case tests).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshStore, type TestStore } from '../../../test/dialects.js';
import { actorForAccount } from '../auth/actor-for-account.js';
import { createDemo } from '../create-demo.js';
import { createDemoAccounts } from '../create-demo-accounts.js';
import { whatNeedsDoing } from '../home/what-needs-doing.js';
import { listReportCadences } from '../one-on-ones/list-reports.js';
import { readOneOnOnes } from '../one-on-ones/read-one-on-ones.js';
import { manualRuntime } from '../runtime.js';
import { listSupportPlans } from '../support-plans/support-plans.js';
import { dataAccess } from '../../store/data-access.js';
import { seedDemoOneOnOnes } from './seed-one-on-ones.js';
import { annualCycleId, seedDemoReviews } from './seed-reviews.js';
import { seedDemoEvidence } from './seed-evidence.js';

describe('demo 1:1s and support plan', () => {
  const anchor = Date.UTC(2026, 10, 2);
  const runtime = manualRuntime(anchor);
  let store: TestStore;
  const as = async (email: string) => {
    const data = dataAccess(store.db);
    return actorForAccount(data.org, (await data.accounts.findByEmail(email))!);
  };

  beforeAll(async () => {
    store = await freshStore('sqlite');
    await createDemo(store, { seed: 42, scale: 'default', anchor, sliDays: 0 });
    await createDemoAccounts(store, runtime);
    await seedDemoEvidence(store, { anchor, runtime });
    await seedDemoReviews(store, { anchor, runtime });
    await seedDemoOneOnOnes(store, { anchor, runtime });
  }, 240_000);
  afterAll(async () => store?.dispose());

  it('shows Greg a few overdue 1:1s on his home, and Sofia none', async () => {
    const deps = { data: dataAccess(store.db), runtime };
    const greg = await whatNeedsDoing(deps, await as('greg@lumen.example'));
    expect(greg.overdueOneOnOnes).toHaveLength(3);
    expect(greg.overdueOneOnOnes.every((r) => r.lastHeldOn !== null && r.daysOverdue > 10)).toBe(true);
    const gregs = await listReportCadences(deps, await as('greg@lumen.example'));
    expect(gregs.length).toBeGreaterThan(3);
    expect((await whatNeedsDoing(deps, await as('sofia@lumen.example'))).overdueOneOnOnes).toEqual([]);
  });

  it('gives Sofia’s pairs a history with an action item carried over', async () => {
    const deps = { data: dataAccess(store.db), runtime };
    const view = await readOneOnOnes(deps, await as('sofia@lumen.example'), 'amara-okafor');
    expect(view.meetings).toHaveLength(7);
    expect(view.next!.agenda.filter((a) => a.source === 'carried-over')).toHaveLength(1);
    expect(view.meetings.some((m) => m.privateNotes !== null)).toBe(true);
    const amara = await readOneOnOnes(deps, await as('amara@lumen.example'), 'amara-okafor');
    expect(amara.meetings.every((m) => m.privateNotes === null)).toBe(true);
  });

  it('shows Jonas his support plan, created before the annual cycle, with dated check-ins', async () => {
    const data = dataAccess(store.db);
    const mine = await listSupportPlans({ data, runtime }, await as('jonas@lumen.example'), 'jonas-weber');
    expect(mine.plans).toHaveLength(1);
    const plan = mine.plans[0]!;
    const annual = await data.cycles.get(annualCycleId);
    expect(plan.createdAt).toBeLessThan(annual!.history[0]!.at);
    expect(plan.signal).toBe('growth-at-level');
    expect(plan.checkIns.map((c) => c.heldOn)).toEqual([...plan.checkIns.map((c) => c.heldOn)].sort());
    expect(plan.checkIns).toHaveLength(3);
    expect(plan.outcome).toBe('extended');
    expect(mine.mayWrite).toBe(false);
  });
});
