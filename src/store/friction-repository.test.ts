import { afterEach, beforeEach, expect, it } from 'vitest';
import { importRecords } from '../app/import-records.js';
import { describeEachDialect, freshStore, type TestStore } from '../../test/dialects.js';
import { jsonl, org, sourceOf } from '../../test/records.js';
import { FrictionRepository } from './friction-repository.js';

const at = (h: number) => new Date(Date.UTC(2024, 2, 4) + h * 3_600_000).toISOString();

describeEachDialect('FrictionRepository', (dialect) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await freshStore(dialect);
    await importRecords(store, sourceOf('seed.jsonl', jsonl([
      ...org,
      { kind: 'person', id: 'dev', name: 'Dev Patel', team: 'payments' },
      { kind: 'person', id: 'lee', name: 'Lee Park' },
      { kind: 'pull_request', id: 'own', service: 'deploy-pipeline', openedAt: at(0), author: 'amara', firstReviewAt: at(2), firstReviewer: 'dev', mergedAt: at(3), mergedBy: 'amara', title: 't' },
      { kind: 'pull_request', id: 'reviewed', service: 'payments-api', openedAt: at(5), author: 'dev', firstReviewAt: at(7), firstReviewer: 'sofia' },
      { kind: 'pull_request', id: 'merged', service: 'payments-api', openedAt: at(6), author: 'dev', mergedAt: at(9), mergedBy: 'sofia' },
      { kind: 'pull_request', id: 'unrelated', service: 'payments-api', openedAt: at(6), author: 'dev', firstReviewAt: at(8), firstReviewer: 'dev' },
      { kind: 'pull_request', id: 'late', service: 'deploy-pipeline', openedAt: at(100), author: 'amara' },
    ])));
  });
  afterEach(async () => store.dispose());

  it("loads the window's PRs a team's members authored, reviewed or merged, times as numbers", async () => {
    const prs = await new FrictionRepository(store.db).pullRequestsAround('platform', Date.parse(at(0)), Date.parse(at(100)));
    expect(prs.map((p) => p.id).sort()).toEqual(['merged', 'own', 'reviewed']);
    expect(prs.find((p) => p.id === 'own')).toEqual({ id: 'own', openedAt: Date.parse(at(0)), author: 'amara', firstReviewAt: Date.parse(at(2)), firstReviewer: 'dev', mergedAt: Date.parse(at(3)), mergedBy: 'amara' });
    expect(prs.find((p) => p.id === 'merged')).toEqual({ id: 'merged', openedAt: Date.parse(at(6)), author: 'dev', mergedAt: Date.parse(at(9)), mergedBy: 'sofia' });
  });

  it("maps people to their teams, leaving out people without one", async () => {
    const teams = await new FrictionRepository(store.db).teamsOf(['amara', 'dev', 'lee', 'ghost', 'amara']);
    expect([...teams.entries()].sort()).toEqual([['amara', 'platform'], ['dev', 'payments']]);
  });
});
