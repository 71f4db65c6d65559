/**
 * Support plans on both dialects: written by the manager line, read by the engineer from the
 * first day (and the notification seam told once), check-ins inside the timeline, an outcome —
 * and the no-surprises check counting a plan as earlier shared feedback.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { seedAccounts } from '../../../test/accounts.js';
import { describeEachDialect, freshStore, type TestStore } from '../../../test/dialects.js';
import { seedOrg } from '../../../test/http-helpers.js';
import { alanEvidenceId, seedAlanEvidence } from '../../../test/reviews.js';
import { accountActor } from '../../core/access/actor.js';
import { defaultRubric } from '../../core/review/default-rubric.js';
import { dataAccess, type DataAccess } from '../../store/data-access.js';
import { createCycle } from '../reviews/create-cycle.js';
import { listFairnessFlags } from '../reviews/fairness-flags.js';
import { publishRubric } from '../reviews/publish-rubric.js';
import { transitionCycle } from '../reviews/transition-cycle.js';
import { writeRating } from '../reviews/write-rating.js';
import { manualRuntime } from '../runtime.js';
import { readInbox } from '../notifications/inbox.js';
import { addSupportPlanCheckIn, createSupportPlan, listSupportPlans, updateSupportPlan } from './support-plans.js';

const day = 86_400_000;
const ada = accountActor({ accountId: 'acct-ada', personId: 'ada', roles: ['calibrator', 'manager'], reportingLine: ['grace', 'alan', 'katherine', 'barbara'] });
const grace = accountActor({ accountId: 'acct-grace', personId: 'grace', roles: ['manager'], reportingLine: ['alan'] });
const alan = accountActor({ accountId: 'acct-alan', personId: 'alan', roles: ['engineer'] });
const partner = accountActor({ accountId: 'acct-partner', personId: null, roles: ['people-partner'] });
const reviewer = accountActor({ accountId: 'acct-reviewer', personId: null, roles: ['compensation-reviewer'] });

const plan = {
  signal: 'code-quality',
  startsOn: '2026-01-05',
  endsOn: '2026-03-27',
  expectations: ['Each pull request to deploy-bot lands with tests for the changed path, from the week of 19 January.'],
  support: ['Two hours of pairing a week with Grace on the retry module.'],
};

describeEachDialect('support plans', (dialect) => {
  let store: TestStore;
  let data: DataAccess;
  const runtime = manualRuntime(Date.UTC(2026, 0, 5, 9));
  beforeEach(async () => {
    runtime.set(Date.UTC(2026, 0, 5, 9));
    store = await freshStore(dialect);
    await seedOrg(store);
    await seedAccounts(store, true);
    data = dataAccess(store.db);
  });
  afterEach(async () => store.dispose());

  it('is visible to the engineer the moment it is created, and the engineer is told once', async () => {
    const created = await createSupportPlan({ data, runtime }, grace, 'alan', plan);
    // The engineer's notification is written with the plan, in its transaction.
    expect((await readInbox({ data, runtime }, alan)).items).toEqual([expect.objectContaining({ kind: 'support-plan', title: 'A support plan has been made with you', link: '/people/alan/support-plans' })]);
    const mine = await listSupportPlans({ data, runtime }, alan, 'alan');
    expect(mine.plans).toEqual([expect.objectContaining({ id: created.id, expectations: plan.expectations, support: plan.support, outcome: null, templateVersion: 1 })]);
    expect(mine.mayWrite).toBe(false);
    expect((await listSupportPlans({ data, runtime }, partner, 'alan')).plans).toHaveLength(1);
    await expect(listSupportPlans({ data, runtime }, reviewer, 'alan')).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/kept apart from growth/) });
  });

  it('is written by the manager line only', async () => {
    await expect(createSupportPlan({ data, runtime }, alan, 'alan', plan)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createSupportPlan({ data, runtime }, partner, 'alan', plan)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const p = await createSupportPlan({ data, runtime }, ada, 'alan', plan);
    await expect(addSupportPlanCheckIn({ data, runtime }, alan, 'alan', p.id, { heldOn: '2026-01-20', note: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('keeps dated check-ins inside the timeline and records an outcome', async () => {
    const p = await createSupportPlan({ data, runtime }, grace, 'alan', plan);
    await addSupportPlanCheckIn({ data, runtime }, grace, 'alan', p.id, { heldOn: '2026-02-02', note: 'Three of four pull requests had tests; the fourth was a config change.' });
    await addSupportPlanCheckIn({ data, runtime }, grace, 'alan', p.id, { heldOn: '2026-01-19', note: 'First pairing session on the retry module.' });
    await expect(addSupportPlanCheckIn({ data, runtime }, grace, 'alan', p.id, { heldOn: '2026-04-01', note: 'late' })).rejects.toMatchObject({ code: 'BAD_INPUT', problems: [{ field: 'heldOn', message: 'must fall within the plan (2026-01-05 to 2026-03-27)' }] });
    await expect(updateSupportPlan({ data, runtime }, grace, 'alan', p.id, { ...plan, endsOn: '2026-01-31' })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await updateSupportPlan({ data, runtime }, grace, 'alan', p.id, { ...plan, outcome: 'met', outcomeNote: 'Every deploy-bot pull request since 19 January has tests.' });
    const [stored] = (await listSupportPlans({ data, runtime }, alan, 'alan')).plans;
    expect(stored!.checkIns.map((c) => c.heldOn)).toEqual(['2026-01-19', '2026-02-02']);
    expect([stored!.outcome, stored!.outcomeNote]).toEqual(['met', 'Every deploy-bot pull request since 19 January has tests.']);
  });

  it('refuses a plan without observable expectations or support, naming each field', async () => {
    await expect(createSupportPlan({ data, runtime }, grace, 'alan', { ...plan, expectations: [], support: [], startsOn: '2026-02-30' })).rejects.toMatchObject({
      code: 'BAD_INPUT',
      problems: [
        { field: 'startsOn', message: 'must be a date (YYYY-MM-DD)' },
        { field: 'expectations', message: 'needs at least one observable expectation' },
        { field: 'support', message: 'needs at least one kind of support offered' },
      ],
    });
    await expect(createSupportPlan({ data, runtime }, grace, 'alan', { ...plan, endsOn: '2025-12-01' })).rejects.toMatchObject({ code: 'BAD_INPUT', problems: [{ field: 'endsOn', message: 'must not be before the start (2026-01-05)' }] });
    expect(await data.supportPlans.forPerson('alan')).toEqual([]);
  });

  it('makes a later needs-support rating on its signal no surprise; without it the rating is flagged', async () => {
    await seedAlanEvidence(store.db, alanEvidenceId, Date.UTC(2026, 1, 10));
    const { name, signals, scale } = defaultRubric();
    await publishRubric({ data, runtime }, ada, { name, signals, scale });
    const cycle = await createCycle({ data, runtime }, partner, { kind: 'annual', name: '2026', periodFrom: Date.UTC(2026, 0, 1), periodTo: Date.UTC(2027, 0, 1) });
    for (const to of ['published', 'writing'] as const) await transitionCycle({ data, runtime }, partner, cycle.id, to);
    const rating = { person: 'alan', signal: 'code-quality', value: 'needs support', rationale: 'PR 12 and PR 19 came back for tests.', evidence: [alanEvidenceId] };

    runtime.set(Date.UTC(2026, 0, 10));
    await writeRating({ data, runtime }, grace, cycle.id, rating);
    expect(await listFairnessFlags({ data, runtime }, ada, cycle.id)).toEqual([expect.objectContaining({ person: 'alan', signal: 'code-quality' })]);

    // A plan on the signal, shared from its first day, 60 days before the rating is decided.
    await createSupportPlan({ data, runtime: manualRuntime(Date.UTC(2026, 0, 10) - 60 * day) }, grace, 'alan', { ...plan, startsOn: '2025-11-11', endsOn: '2026-02-01' });
    expect(await listFairnessFlags({ data, runtime }, ada, cycle.id)).toEqual([]);
  });
});
