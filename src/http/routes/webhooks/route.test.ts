import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/dialects.js';
import { createTestServer, type TestServer } from '../../../../test/http-helpers.js';
import { fixture, fixtureBytes } from '../../../../test/webhook-fixtures.js';
import type { WebhookConfig } from '../../../config.js';
import type { TrellisRecord } from '../../../core/records/schemas.js';
import { hmacSha256Hex } from '../../../sources/github/signature.js';
import { readRecords } from '../../../store/record-reader.js';

const webhooks: WebhookConfig = {
  githubSecret: 'gh-secret',
  gitlabToken: 'gl-token',
  pagerdutySecret: 'pd-secret',
  opsgenieToken: 'og-token',
  services: { github: { 'Codertocat/Hello-World': 'checkout', 'acme/gone': 'no-such-service' }, gitlab: { 'mike/diaspora': 'ledger' }, pagerduty: { PA2P440: 'checkout' }, opsgenie: { 'tag:vip': 'ledger' } },
  incidentLabel: 'incident',
};

describeEachDialect('webhook receivers', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(dialect, { config: { webhooks } });
  });
  afterAll(() => server.close());

  const post = (source: string, body: Buffer | string, headers: Record<string, string>) =>
    server.app.inject({ method: 'POST', url: `/api/webhooks/${source}`, payload: body, headers: { 'content-type': 'application/json', ...headers } });
  const github = (event: string, body: Buffer | string, secret = webhooks.githubSecret!) =>
    post('github', body, { 'x-github-event': event, 'x-github-delivery': 'd-1', 'x-hub-signature-256': `sha256=${hmacSha256Hex(secret, body)}` });
  const pagerduty = (body: string) => post('pagerduty', body, { 'x-pagerduty-signature': `v1=0000,v1=${hmacSha256Hex(webhooks.pagerdutySecret!, body)}` });
  const stored = async (kind: TrellisRecord['kind']) => {
    const out: TrellisRecord[] = [];
    for await (const r of readRecords(server.store.db, [kind])) out.push(r);
    return out;
  };

  it('stores a deployment from a signed GitHub deployment_status, without session or CSRF', async () => {
    const res = await github('deployment_status', fixtureBytes('github/webhooks/deployment_status/payload.json'));
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toEqual({ stored: 1, ignored: [] });
    expect(await stored('deployment')).toEqual([
      { kind: 'deployment', id: 'github:Codertocat/Hello-World:145988746', service: 'checkout', finishedAt: '2019-05-15T15:20:55.000Z', environment: 'production', status: 'success', commit: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e' },
    ]);
  });

  it('refuses a bad or missing signature with 401 and stores nothing', async () => {
    const body = fixtureBytes('github/webhooks/push/with-new-branch.payload.json');
    const wrong = await github('push', body, 'not-the-secret');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('WEBHOOK_SIGNATURE_INVALID');
    const missing = await post('github', body, { 'x-github-event': 'push' });
    expect(missing.statusCode).toBe(401);
    const tampered = Buffer.from(body);
    tampered[100] = tampered[100]! ^ 1;
    const sig = `sha256=${hmacSha256Hex(webhooks.githubSecret!, body)}`;
    expect((await post('github', tampered, { 'x-github-event': 'push', 'x-hub-signature-256': sig })).statusCode).toBe(401);
    expect(await stored('change')).toEqual([]);
  });

  it('builds a pull request from its events: opener, first review (kept), merge; unknown logins left out', async () => {
    const opened = fixture('github/webhooks/pull_request/opened.payload.json');
    opened.pull_request.user.login = 'Alan';
    expect((await github('pull_request', JSON.stringify(opened))).json()).toEqual({ stored: 1, ignored: [] });
    const review = fixture('github/webhooks/pull_request_review/submitted.payload.json');
    review.pull_request.user.login = 'alan';
    review.review.user.login = 'grace';
    expect((await github('pull_request_review', JSON.stringify(review))).statusCode).toBe(202);
    review.review.user.login = 'katherine';
    review.review.submitted_at = '2019-05-16T10:00:00Z';
    expect((await github('pull_request_review', JSON.stringify(review))).statusCode).toBe(202);
    const merged = fixture('github/webhooks/pull_request/closed.payload.json');
    Object.assign(merged.pull_request, { merged: true, merged_at: '2019-05-17T10:00:00Z', closed_at: '2019-05-17T10:00:00Z', merged_by: { login: 'someone-else' } });
    merged.pull_request.user.login = 'alan';
    expect((await github('pull_request', JSON.stringify(merged))).json()).toEqual({ stored: 1, ignored: ['mergedBy "someone-else" of github:Codertocat/Hello-World#2 is not a Trellis person id; left out'] });
    expect(await stored('pull_request')).toEqual([
      {
        kind: 'pull_request',
        id: 'github:Codertocat/Hello-World#2',
        service: 'checkout',
        openedAt: '2019-05-15T15:20:33.000Z',
        author: 'alan',
        firstReviewAt: '2019-05-15T15:20:38.000Z',
        firstReviewer: 'grace',
        mergedAt: '2019-05-17T10:00:00.000Z',
        closedAt: '2019-05-17T10:00:00.000Z',
        title: 'Update the README with new information.',
        url: 'https://github.com/Codertocat/Hello-World/pull/2',
      },
    ]);
  });

  it('acknowledges an unmapped repository with 202 and the reason', async () => {
    const body = JSON.stringify({ ...fixture('github/webhooks/deployment_status/payload.json'), repository: { full_name: 'someone/else' } });
    const res = await github('deployment_status', body);
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ stored: 0, ignored: ['repository "someone/else" is not mapped to a Trellis service (TRELLIS_WEBHOOK_SERVICES)'] });

    // A browser's session cookie without the CSRF header changes nothing: the route is public.
    const viewer = await server.as('viewer');
    const sig = `sha256=${hmacSha256Hex(webhooks.githubSecret!, body)}`;
    const withCookie = await post('github', body, { 'x-github-event': 'deployment_status', 'x-hub-signature-256': sig, cookie: viewer.kind === 'session' ? viewer.cookie : '' });
    expect(withCookie.statusCode).toBe(202);
  });

  it('answers 422 for a service Trellis does not know, and stores nothing', async () => {
    const payload = fixture('github/webhooks/push/with-new-branch.payload.json');
    const res = await github('push', JSON.stringify({ ...payload, repository: { full_name: 'acme/gone' } }));
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'WEBHOOK_REJECTED', problems: [expect.stringContaining('service "no-such-service" does not exist')] });
    expect(await stored('change')).toEqual([]);
  });

  it('updates the same PagerDuty incident when it is resolved (idempotent upsert, earliest start kept)', async () => {
    const triggered = fixture('pagerduty/zulip-captured/triggered_v3.json');
    const text = JSON.stringify(triggered);
    expect((await pagerduty(text)).json()).toEqual({ stored: 1, ignored: [] });
    expect((await pagerduty(text)).statusCode).toBe(202);
    triggered.event.event_type = 'incident.resolved';
    triggered.event.occurred_at = '2021-06-04T14:05:00.000Z';
    expect((await pagerduty(JSON.stringify(triggered))).json()).toEqual({ stored: 1, ignored: [] });
    expect(await stored('incident')).toEqual([
      { kind: 'incident', id: 'pagerduty:PFQZPSY', service: 'checkout', startedAt: '2021-06-04T13:35:29.781Z', resolvedAt: '2021-06-04T14:05:00.000Z', severity: 'high', title: 'Test Incident 3', url: 'https://pig208.pagerduty.com/incidents/PFQZPSY' },
    ]);
    expect((await post('pagerduty', text, { 'x-pagerduty-signature': 'v1=00' })).statusCode).toBe(401);
  });

  it('checks the GitLab and Opsgenie tokens', async () => {
    const push = fixtureBytes('gitlab/webhooks/push.json');
    expect((await post('gitlab', push, { 'x-gitlab-event': 'Push Hook', 'x-gitlab-token': 'nope' })).statusCode).toBe(401);
    expect((await post('gitlab', push, { 'x-gitlab-event': 'Push Hook', 'x-gitlab-token': 'gl-token' })).json()).toEqual({ stored: 2, ignored: [] });
    const create = fixtureBytes('opsgenie/zulip-captured/create.json');
    expect((await post('opsgenie', create, {})).statusCode).toBe(401);
    expect((await post('opsgenie', create, { 'x-trellis-webhook-token': 'og-token' })).json()).toEqual({ stored: 1, ignored: [] });
  });

  it('answers 400 to a signed body that is not JSON', async () => {
    const res = await github('push', 'not json');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('BAD_INPUT');
  });
});

describeEachDialect('webhook receivers that are not configured', (dialect) => {
  it('answer 404 NOT_FOUND, even to a request that looks signed', async () => {
    const server = await createTestServer(dialect, { seed: false });
    try {
      for (const source of ['github', 'gitlab', 'pagerduty', 'opsgenie']) {
        const res = await server.app.inject({ method: 'POST', url: `/api/webhooks/${source}`, payload: '{}', headers: { 'content-type': 'application/json', 'x-hub-signature-256': 'sha256=00' } });
        expect(res.statusCode, source).toBe(404);
        expect(res.json().error).toEqual({ code: 'NOT_FOUND', message: `The ${source} webhook is not configured.` });
      }
    } finally {
      await server.close();
    }
  });
});
