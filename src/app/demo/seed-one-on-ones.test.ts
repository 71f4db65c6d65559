/**
 * The demo's 1:1s and Jonas's support plan on the real demo organisation (SQLite once: the
 * generator is the slow part; the repositories run on both dialects in the use-case tests).
 */
import { describe, expect, it } from 'vitest';
import { useSeededDemo } from '../../../test/seeded-demo.js';
import { whatNeedsDoing } from '../home/what-needs-doing.js';
import { listReportCadences } from '../one-on-ones/list-reports.js';
import { readOneOnOnes } from '../one-on-ones/read-one-on-ones.js';
import { listSupportPlans } from '../support-plans/support-plans.js';
import { seedDemoOneOnOnes } from './seed-one-on-ones.js';
import { annualCycleId, seedDemoReviews } from './seed-reviews.js';
import { seedDemoEvidence } from './seed-evidence.js';

describe('demo 1:1s and support plan', () => {
  const { runtime, data, as } = useSeededDemo([seedDemoEvidence, seedDemoReviews, seedDemoOneOnOnes]);

  it('shows Greg a few overdue 1:1s on his home, and Sofia none', async () => {
    const deps = { data: data(), runtime };
    const greg = await whatNeedsDoing(deps, await as('greg@lumen.example'));
    expect(greg.overdueOneOnOnes).toHaveLength(3);
    expect(greg.overdueOneOnOnes.every((r) => r.lastHeldOn !== null && r.daysOverdue > 10)).toBe(true);
    const gregs = await listReportCadences(deps, await as('greg@lumen.example'));
    expect(gregs.length).toBeGreaterThan(3);
    expect((await whatNeedsDoing(deps, await as('sofia@lumen.example'))).overdueOneOnOnes).toEqual([]);
  });

  it('gives Sofia’s pairs a history with an action item carried over', async () => {
    const deps = { data: data(), runtime };
    const view = await readOneOnOnes(deps, await as('sofia@lumen.example'), 'amara-okafor');
    expect(view.meetings).toHaveLength(7);
    expect(view.next!.agenda.filter((a) => a.source === 'carried-over')).toHaveLength(1);
    expect(view.meetings.some((m) => m.privateNotes !== null)).toBe(true);
    const amara = await readOneOnOnes(deps, await as('amara@lumen.example'), 'amara-okafor');
    expect(amara.meetings.every((m) => m.privateNotes === null)).toBe(true);
  });

  it('shows Jonas his support plan, created before the annual cycle, with dated check-ins', async () => {
    const repos = data();
    const mine = await listSupportPlans({ data: repos, runtime }, await as('jonas@lumen.example'), 'jonas-weber');
    expect(mine.plans).toHaveLength(1);
    const plan = mine.plans[0]!;
    const annual = await repos.cycles.get(annualCycleId);
    expect(plan.createdAt).toBeLessThan(annual!.history[0]!.at);
    expect(plan.signal).toBe('growth-at-level');
    expect(plan.checkIns.map((c) => c.heldOn)).toEqual([...plan.checkIns.map((c) => c.heldOn)].sort());
    expect(plan.checkIns).toHaveLength(3);
    expect(plan.outcome).toBe('extended');
    expect(mine.mayWrite).toBe(false);
  });
});
