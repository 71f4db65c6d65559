/**
 * Review writes and reads of ratings commit with their audit entry: when the entry cannot be
 * written, nothing is stored and nothing is returned.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { seedAccounts } from '../../../test/accounts.js';
import { describeEachDialect, freshStore, type TestStore } from '../../../test/dialects.js';
import { seedOrg } from '../../../test/http-helpers.js';
import { alanEvidenceId, seedAlanEvidence } from '../../../test/reviews.js';
import { accountActor } from '../../core/access/actor.js';
import { defaultRubric } from '../../core/review/default-rubric.js';
import { dataAccess, type DataAccess } from '../../store/data-access.js';
import { manualRuntime } from '../runtime.js';
import { createCycle } from './create-cycle.js';
import { publishRubric } from './publish-rubric.js';
import { readRatings } from './read-ratings.js';
import { transitionCycle } from './transition-cycle.js';
import { writeCompensation } from './compensation.js';
import { writeRating } from './write-rating.js';

const ada = accountActor({ accountId: 'acct-ada', personId: 'ada', roles: ['calibrator', 'manager'], reportingLine: ['grace', 'alan', 'katherine', 'barbara'] });
const grace = accountActor({ accountId: 'acct-grace', personId: 'grace', roles: ['manager'], reportingLine: ['alan'] });
const partner = accountActor({ accountId: 'acct-partner', personId: null, roles: ['people-partner'] });
const rating = { person: 'alan', signal: 'code-quality', value: 'needs support', rationale: 'PR 12 and PR 19 came back for tests.', evidence: [alanEvidenceId] };

function withBrokenAudit(real: DataAccess): DataAccess {
  const audit = { append: async () => Promise.reject(new Error('audit log unavailable')) };
  return { ...real, transaction: (fn) => real.transaction((r) => fn({ ...r, audit: audit as unknown as typeof r.audit })) };
}

describeEachDialect('review use cases audit in the same transaction', (dialect) => {
  let store: TestStore;
  let data: DataAccess;
  let broken: DataAccess;
  const runtime = manualRuntime(Date.UTC(2026, 2, 1));
  beforeEach(async () => {
    store = await freshStore(dialect);
    await seedOrg(store);
    await seedAccounts(store, true);
    data = dataAccess(store.db);
    broken = withBrokenAudit(data);
    await seedAlanEvidence(store.db, alanEvidenceId, Date.UTC(2026, 1, 10));
  });
  afterEach(async () => store.dispose());

  async function cycleInWriting(): Promise<string> {
    const { name, signals, scale } = defaultRubric();
    await publishRubric({ data, runtime }, ada, { name, signals, scale });
    const c = await createCycle({ data, runtime }, partner, { kind: 'annual', name: '2026', periodFrom: Date.UTC(2026, 0, 1), periodTo: Date.UTC(2027, 0, 1) });
    for (const to of ['published', 'writing'] as const) await transitionCycle({ data, runtime }, partner, c.id, to);
    return c.id;
  }

  it('rolls back a rubric publication and its announcement', async () => {
    const { name, signals, scale } = defaultRubric();
    await expect(publishRubric({ data: broken, runtime }, ada, { name, signals, scale })).rejects.toThrow('audit log unavailable');
    expect(await data.rubrics.versions('engineering')).toEqual([]);
    expect(await data.rubrics.announcements('engineering')).toEqual([]);
  });

  it('rolls back a rating and a cycle step', async () => {
    const id = await cycleInWriting();
    await expect(writeRating({ data: broken, runtime }, grace, id, rating)).rejects.toThrow('audit log unavailable');
    expect(await data.ratings.forCycle(id)).toEqual([]);
    await expect(transitionCycle({ data: broken, runtime }, partner, id, 'calibrating')).rejects.toThrow('audit log unavailable');
    expect((await data.cycles.get(id))?.state).toBe('writing');
  });

  it('returns no ratings when the read cannot be audited, and rolls back compensation', async () => {
    const id = await cycleInWriting();
    await writeRating({ data, runtime }, grace, id, rating);
    await expect(readRatings({ data: broken, runtime }, grace, id, 'alan')).rejects.toThrow('audit log unavailable');
    await expect(writeCompensation({ data: broken, runtime }, partner, id, 'alan', { band: 'L4' })).rejects.toThrow('audit log unavailable');
    expect(await data.compensation.get(id, 'alan')).toBeUndefined();
  });

  it('refuses a check-in with a rubric (400) and an annual cycle naming a missing rubric version (400)', async () => {
    await cycleInWriting();
    const base = { name: 'Q1', periodFrom: Date.UTC(2026, 0, 1), periodTo: Date.UTC(2026, 3, 1) };
    await expect(createCycle({ data, runtime }, partner, { ...base, kind: 'check-in', rubric: { id: 'engineering', version: 1 } })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(createCycle({ data, runtime }, partner, { ...base, kind: 'annual', rubric: { id: 'engineering', version: 9 } })).rejects.toMatchObject({ code: 'BAD_INPUT', message: 'rubric: "engineering" has no version 9' });
  });
});
