import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/webhook-fixtures.js';
import { mapGitlabEvent } from './map-event.js';

const services = { 'root/test-deployment-webhooks': 'deploy-bot', 'mike/diaspora': 'ledger', 'gitlabhq/gitlab-test': 'ledger' };

describe('GitLab webhook mapping (docs.gitlab.com payloads)', () => {
  it('maps a successful Deployment Hook, with the full sha and a "+0200" time made UTC', () => {
    expect(mapGitlabEvent('Deployment Hook', fixture('gitlab/webhooks/deployment.json'), services)).toEqual({
      records: [
        {
          kind: 'deployment',
          id: 'gitlab:root/test-deployment-webhooks:15',
          service: 'deploy-bot',
          finishedAt: '2021-04-28T19:50:00.000Z',
          environment: 'staging',
          status: 'success',
          commit: '279484c09fbe69ededfced8c1bb6e6d24616b468',
          url: 'http://10.126.0.2:3000/root/test-deployment-webhooks/-/jobs/796',
        },
      ],
      ignored: [],
    });
  });

  it('maps failed to a failed deployment and ignores statuses that are not final', () => {
    const body = fixture('gitlab/webhooks/deployment.json');
    body.status = 'failed';
    expect(mapGitlabEvent('Deployment Hook', body, services).records).toMatchObject([{ status: 'failure' }]);
    body.status = 'running';
    expect(mapGitlabEvent('Deployment Hook', body, services).ignored).toEqual(['deployment status "running" is not final']);
  });

  it('maps each commit of a Push Hook to a change, times in UTC', () => {
    expect(mapGitlabEvent('Push Hook', fixture('gitlab/webhooks/push.json'), services)).toEqual({
      records: [
        { kind: 'change', id: 'b6568db1bc1dcd7f8b4d5a946b0b91f9dacd7327', service: 'ledger', committedAt: '2011-12-12T12:27:31.000Z', author: 'jordi@softcatala.org', isMerge: false, url: 'http://example.com/mike/diaspora/commit/b6568db1bc1dcd7f8b4d5a946b0b91f9dacd7327' },
        { kind: 'change', id: 'da1560886d4f094c3e6c9ef40349f7d38b5d27d7', service: 'ledger', committedAt: '2012-01-03T21:36:29.000Z', author: 'gitlabdev@dv6700.(none)', isMerge: false, url: 'http://example.com/mike/diaspora/commit/da1560886d4f094c3e6c9ef40349f7d38b5d27d7' },
      ],
      ignored: [],
    });
  });

  it('leaves out a [REDACTED] author and a branch deletion', () => {
    const body = fixture('gitlab/webhooks/push.json');
    body.commits[0].author.email = '[REDACTED]';
    expect(mapGitlabEvent('Push Hook', body, services).records[0]).not.toHaveProperty('author');
    body.after = '0000000000000000000000000000000000000000';
    expect(mapGitlabEvent('Push Hook', body, services).ignored).toEqual(['branch deletion (refs/heads/master)']);
  });

  it('ignores merge requests (as GitHub PRs), tag pushes and unmapped projects', () => {
    expect(mapGitlabEvent('Tag Push Hook', fixture('gitlab/webhooks/tag_push.json'), services).ignored).toEqual(['event "Tag Push Hook" is not used']);
    expect(mapGitlabEvent('Deployment Hook', fixture('gitlab/webhooks/deployment.json'), {}).ignored).toEqual([
      'project "root/test-deployment-webhooks" is not mapped to a Trellis service (TRELLIS_WEBHOOK_SERVICES)',
    ]);
  });

  it('maps a merge request: the opener is the author, an approval the first review, a merge who merged', () => {
    const body = fixture('gitlab/webhooks/merge_request.json');
    const project = body.project.path_with_namespace;
    const svc = { [project]: 'ledger' };
    expect(mapGitlabEvent('Merge Request Hook', body, svc)).toEqual({
      records: [{ kind: 'pull_request', id: `gitlab:${project}!1`, service: 'ledger', openedAt: '2013-12-03T17:23:34.000Z', author: 'root', title: 'MS-Viewport', url: 'http://example.com/diaspora/merge_requests/1' }],
      ignored: [],
    });
    const approved = { ...body, user: { id: 6, username: 'user1' }, object_attributes: { ...body.object_attributes, action: 'approved', updated_at: '2013-12-04 09:00:00 UTC' } };
    expect(mapGitlabEvent('Merge Request Hook', approved, svc).records).toEqual([
      { kind: 'pull_request', id: `gitlab:${project}!1`, service: 'ledger', openedAt: '2013-12-03T17:23:34.000Z', title: 'MS-Viewport', url: 'http://example.com/diaspora/merge_requests/1', firstReviewAt: '2013-12-04T09:00:00.000Z', firstReviewer: 'user1' },
    ]);
    const merged = { ...approved, object_attributes: { ...approved.object_attributes, action: 'merge', merged_at: '2013-12-05T10:00:00Z' } };
    expect(mapGitlabEvent('Merge Request Hook', merged, svc).records[0]).toMatchObject({ mergedAt: '2013-12-05T10:00:00.000Z', mergedBy: 'user1', closedAt: '2013-12-05T10:00:00.000Z' });
    expect(mapGitlabEvent('Merge Request Hook', body, {}).ignored).toEqual([`project "${project}" is not mapped to a Trellis service (TRELLIS_WEBHOOK_SERVICES)`]);
  });

  it("maps a comment on a merge request by someone else to a first review; the author's own, system notes and issue comments are not", () => {
    const mr = fixture('gitlab/webhooks/merge_request.json');
    const project = mr.project.path_with_namespace;
    const note = (userId: number, extra: object = {}) => ({
      object_kind: 'note',
      user: { id: userId, username: userId === 51 ? 'root' : 'user1' },
      project: mr.project,
      object_attributes: { note: 'Looks good', noteable_type: 'MergeRequest', created_at: '2013-12-04 08:00:00 UTC', system: false, ...extra },
      merge_request: { iid: 1, title: 'MS-Viewport', author_id: 51, created_at: mr.object_attributes.created_at },
    });
    const svc = { [project]: 'ledger' };
    expect(mapGitlabEvent('Note Hook', note(6), svc).records).toEqual([
      { kind: 'pull_request', id: `gitlab:${project}!1`, service: 'ledger', openedAt: '2013-12-03T17:23:34.000Z', firstReviewAt: '2013-12-04T08:00:00.000Z', firstReviewer: 'user1', title: 'MS-Viewport' },
    ]);
    expect(mapGitlabEvent('Note Hook', note(51), svc).ignored).toEqual(["merge request !1: the author's own comment is not a review"]);
    expect(mapGitlabEvent('Note Hook', note(6, { system: true }), svc).ignored).toEqual(['merge request !1: system note']);
    expect(mapGitlabEvent('Note Hook', note(6, { noteable_type: 'Issue' }), svc).ignored).toEqual(['Issue comment: not about a merge request']);
  });
});
