import { afterEach, beforeEach, expect, it, vi, type MockInstance } from 'vitest';
import { describeEachDialect, freshStore, type TestStore } from '../../../test/dialects.js';
import { seedOrg } from '../../../test/http-helpers.js';
import { jsonl, sourceOf } from '../../../test/records.js';
import { anonymousActor, operatorActor } from '../../core/access/actor.js';
import { FrictionRepository } from '../../store/friction-repository.js';
import { OrgRepository } from '../../store/org-repository.js';
import { importRecords } from '../import-records.js';
import { teamFriction, type FrictionDeps } from './dependency-friction.js';
import { ReportCache } from './report-cache.js';

const at = (h: number) => new Date(Date.UTC(2024, 2, 4, 9) + h * 3_600_000).toISOString();
const pr = (id: string, opened: number, more: object) => ({ kind: 'pull_request', id, service: 'deploy-bot', openedAt: at(opened), author: 'alan', ...more });

describeEachDialect('team friction through the report cache', (dialect) => {
  let store: TestStore;
  let deps: FrictionDeps & { cache: ReportCache };
  let loads: MockInstance<FrictionRepository['pullRequestsAround']>;
  const platform = { team: 'platform', from: Date.parse(at(-1)), to: Date.parse(at(500)) };
  beforeEach(async () => {
    store = await freshStore(dialect);
    await seedOrg(store);
    await importRecords(store, sourceOf('prs.jsonl', jsonl([pr('p1', 0, { firstReviewAt: at(1), firstReviewer: 'grace' }), pr('p2', 10, { firstReviewAt: at(34), firstReviewer: 'katherine' })])));
    const friction = new FrictionRepository(store.db);
    loads = vi.spyOn(friction, 'pullRequestsAround');
    deps = { friction, org: new OrgRepository(store.db), runtime: { now: () => Date.UTC(2024, 3, 1) }, cache: new ReportCache() };
  });
  afterEach(async () => store.dispose());

  it('computes a team’s friction once per window and data version, and again after an import', async () => {
    const first = await teamFriction(deps, operatorActor, platform);
    expect(await teamFriction(deps, operatorActor, platform)).toBe(first);
    expect(loads).toHaveBeenCalledTimes(1);
    await teamFriction(deps, operatorActor, { ...platform, from: Date.parse(at(5)) });
    expect(loads).toHaveBeenCalledTimes(2);

    await importRecords(store, sourceOf('more.jsonl', jsonl([pr('p3', 20, { firstReviewAt: at(22), firstReviewer: 'grace' })])));
    const after = await teamFriction(deps, operatorActor, platform);
    expect(loads).toHaveBeenCalledTimes(3);
    expect(first.pullRequests).toBe(2);
    expect(after.pullRequests).toBe(3);
  });

  it('checks access on every read and never keeps a failure', async () => {
    await teamFriction(deps, operatorActor, platform);
    await expect(teamFriction(deps, anonymousActor, platform)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(teamFriction(deps, operatorActor, { ...platform, team: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(teamFriction(deps, operatorActor, { ...platform, team: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(deps.cache.size).toBe(1);
  });
});
