import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/webhook-fixtures.js';
import { mapGithubEvent } from './map-event.js';

const ctx = { services: { 'Codertocat/Hello-World': 'checkout' }, incidentLabel: 'incident' };

describe('GitHub webhook mapping (octokit/webhooks payloads)', () => {
  it('maps a successful deployment_status to a deployment', () => {
    expect(mapGithubEvent('deployment_status', fixture('github/webhooks/deployment_status/payload.json'), ctx)).toEqual({
      records: [
        {
          kind: 'deployment',
          id: 'github:Codertocat/Hello-World:145988746',
          service: 'checkout',
          finishedAt: '2019-05-15T15:20:55.000Z',
          environment: 'production',
          status: 'success',
          commit: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
        },
      ],
      ignored: [],
    });
  });

  it('maps failure and error states to a failed deployment', () => {
    for (const state of ['failure', 'error']) {
      const body = fixture('github/webhooks/deployment_status/payload.json');
      body.deployment_status.state = state;
      expect(mapGithubEvent('deployment_status', body, ctx).records).toMatchObject([{ status: 'failure' }]);
    }
  });

  it('ignores an in_progress deployment status', () => {
    expect(mapGithubEvent('deployment_status', fixture('github/webhooks/deployment_status/gh-pages.payload.json'), ctx)).toEqual({ records: [], ignored: ['deployment status "in_progress" is not final'] });
  });

  it('maps each pushed commit to a change', () => {
    expect(mapGithubEvent('push', fixture('github/webhooks/push/with-new-branch.payload.json'), ctx)).toEqual({
      records: [{ kind: 'change', id: '6113728f27ae82c7b1a177c8d03f9e96e0adf246', service: 'checkout', committedAt: '2019-05-15T15:19:25.000Z', author: '21031067+Codertocat@users.noreply.github.com', isMerge: false, url: 'https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246' }],
      ignored: [],
    });
  });

  it('reads revertOf from "This reverts commit SHA"', () => {
    const body = fixture('github/webhooks/push/with-new-branch.payload.json');
    body.commits[0].message = 'Revert "Add retries"\n\nThis reverts commit 0123456789ABCDEF0123456789abcdef01234567.';
    expect(mapGithubEvent('push', body, ctx).records[0]).toMatchObject({ revertOf: '0123456789abcdef0123456789abcdef01234567' });
  });

  it('ignores a tag deletion and a branch deletion', () => {
    expect(mapGithubEvent('push', fixture('github/webhooks/push/payload.json'), ctx)).toEqual({ records: [], ignored: ['tag deletion (refs/tags/simple-tag)'] });
    const body = fixture('github/webhooks/push/payload.json');
    body.ref = 'refs/heads/old';
    expect(mapGithubEvent('push', body, ctx).ignored).toEqual(['branch deletion (refs/heads/old)']);
  });

  it('maps a pull request to its timeline: opened, closed without merging, merged by someone', () => {
    expect(mapGithubEvent('pull_request', fixture('github/webhooks/pull_request/opened.payload.json'), ctx)).toEqual({
      records: [{ kind: 'pull_request', id: 'github:Codertocat/Hello-World#2', service: 'checkout', openedAt: '2019-05-15T15:20:33.000Z', author: 'Codertocat', title: 'Update the README with new information.', url: 'https://github.com/Codertocat/Hello-World/pull/2' }],
      ignored: [],
    });
    const closed = mapGithubEvent('pull_request', fixture('github/webhooks/pull_request/closed.payload.json'), ctx).records[0];
    expect(closed).toMatchObject({ id: 'github:Codertocat/Hello-World#2', closedAt: expect.any(String) });
    expect(closed).not.toHaveProperty('mergedAt');
    const merged = fixture('github/webhooks/pull_request/closed.payload.json');
    Object.assign(merged.pull_request, { merged: true, merged_at: merged.pull_request.closed_at, merged_by: { login: 'hubot' } });
    expect(mapGithubEvent('pull_request', merged, ctx).records[0]).toMatchObject({ mergedAt: closed!.kind === 'pull_request' ? closed.closedAt : '', mergedBy: 'hubot' });
  });

  it('maps a submitted review by someone else to the first review; the author commenting is not one', () => {
    const body = fixture('github/webhooks/pull_request_review/submitted.payload.json');
    // The recorded review is the author's own comment.
    expect(mapGithubEvent('pull_request_review', body, ctx)).toMatchObject({ records: [{ kind: 'pull_request', author: 'Codertocat' }], ignored: ["review of pull request #2: the author's own comment is not a review"] });
    expect(mapGithubEvent('pull_request_review', body, ctx).records[0]).not.toHaveProperty('firstReviewAt');
    body.review.user.login = 'octo-reviewer';
    expect(mapGithubEvent('pull_request_review', body, ctx).records[0]).toMatchObject({ firstReviewAt: '2019-05-15T15:20:38.000Z', firstReviewer: 'octo-reviewer' });
    body.action = 'dismissed';
    expect(mapGithubEvent('pull_request_review', body, ctx)).toEqual({ records: [], ignored: ['review of pull request #2 dismissed: only submitted reviews count'] });
  });

  it('maps an issue carrying the incident label to an incident; other issues are ignored', () => {
    const body = fixture('github/webhooks/issues/labeled.payload.json');
    expect(mapGithubEvent('issues', body, ctx)).toEqual({ records: [], ignored: ['issue #1 is not labelled "incident"'] });
    expect(mapGithubEvent('issues', body, { ...ctx, incidentLabel: 'bug' })).toEqual({
      records: [{ kind: 'incident', id: 'github:Codertocat/Hello-World:issue:1', service: 'checkout', startedAt: '2019-05-15T15:20:18.000Z', title: 'Spelling error in the README file', url: 'https://github.com/Codertocat/Hello-World/issues/1' }],
      ignored: [],
    });
    body.issue.closed_at = '2019-05-16T10:00:00Z';
    expect(mapGithubEvent('issues', body, { ...ctx, incidentLabel: 'bug' }).records[0]).toMatchObject({ resolvedAt: '2019-05-16T10:00:00.000Z' });
  });

  it('ignores events of an unmapped repository, unknown events and payloads it does not understand', () => {
    const other = { services: {}, incidentLabel: 'incident' };
    expect(mapGithubEvent('deployment_status', fixture('github/webhooks/deployment_status/payload.json'), other).ignored).toEqual([
      'repository "Codertocat/Hello-World" is not mapped to a Trellis service (TRELLIS_WEBHOOK_SERVICES)',
    ]);
    expect(mapGithubEvent('ping', {}, ctx).ignored).toEqual(['event "ping" is not used']);
    expect(mapGithubEvent(undefined, {}, ctx).ignored).toEqual(['no X-GitHub-Event header']);
    expect(mapGithubEvent('push', { ref: 1 }, ctx).ignored[0]).toMatch(/^push payload not understood \(ref: /);
  });
});

describe('links to the source', () => {
  it('keeps only http(s) page addresses: an odd link is dropped, never the record', () => {
    const body = fixture('github/webhooks/push/with-new-branch.payload.json');
    body.commits[0].url = 'javascript:alert(1)';
    const records = mapGithubEvent('push', body, ctx).records;
    expect(records).toHaveLength(1);
    expect(records[0]).not.toHaveProperty('url');
  });
});
