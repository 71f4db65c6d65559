/**
 * Whatever times and people a forge sends, a mapped pull request is a record the importer takes:
 * a webhook must never be refused (422) for the order of its own timestamps.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRecord } from '../core/records/validate.js';
import { mapPullRequest, mapPullRequestReview } from './github/map-pull-request.js';
import { mapMergeRequest } from './gitlab/map-merge-request.js';

const time = fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 0, 1) }).map((ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z'));
const gitlabTime = time.map((t) => `${t.slice(0, 10)} ${t.slice(11, 19)} UTC`);
const login = fc.constantFrom('ana', 'bo', 'cy');
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });

describe('mapped pull requests always pass the import rules', () => {
  it('GitHub pull_request and pull_request_review, any times in any order', () => {
    fc.assert(
      fc.property(time, maybe(time), maybe(time), login, maybe(login), login, time, fc.constantFrom('opened', 'closed', 'edited'), (created, merged, closed, author, merger, reviewer, reviewed, action) => {
        const pull_request = { number: 7, title: 't', user: { login: author }, created_at: created, merged_at: merged, closed_at: closed, merged: merged !== null, merged_by: merger ? { login: merger } : null };
        const repository = { full_name: 'o/r' };
        for (const r of [
          ...mapPullRequest({ action, pull_request, repository }, { 'o/r': 's' }).records,
          ...mapPullRequestReview({ action: 'submitted', review: { user: { login: reviewer }, state: 'approved', submitted_at: reviewed }, pull_request, repository }, { 'o/r': 's' }).records,
        ]) {
          expect(validateRecord(r)).toMatchObject({ ok: true });
        }
      }),
    );
  });

  it('GitLab Merge Request Hook, any action and times', () => {
    fc.assert(
      fc.property(gitlabTime, maybe(gitlabTime), maybe(gitlabTime), fc.constantFrom('open', 'approved', 'merge', 'close', 'update'), fc.integer({ min: 1, max: 3 }), (created, updated, merged, action, userId) => {
        const body = { user: { id: userId, username: `u${userId}` }, project: { path_with_namespace: 'g/p' }, object_attributes: { iid: 1, title: 'x', action, author_id: 1, created_at: created, updated_at: updated, merged_at: merged, closed_at: updated } };
        for (const r of mapMergeRequest(body, { 'g/p': 's' }).records) expect(validateRecord(r)).toMatchObject({ ok: true });
      }),
    );
  });
});
