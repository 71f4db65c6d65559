import { beforeAll, expect, it } from 'vitest';
import { importRecords } from '../../../app/import-records.js';
import { describeEachDialect } from '../../../../test/dialects.js';
import { expectRevalidation, getJson, send, useTestServer } from '../../../../test/http-helpers.js';
import { jsonl, sourceOf } from '../../../../test/records.js';

const at = (h: number) => new Date(Date.UTC(2024, 2, 4, 9) + h * 3_600_000).toISOString();
const pr = (id: string, opened: number, more: object) => ({ kind: 'pull_request', id, service: 'deploy-bot', openedAt: at(opened), author: 'alan', ...more });
const window = `from=${at(-1)}&to=${at(500)}`;

/** Platform (grace, alan) waits on Payments (katherine) for reviews; Platform reviews its own quickly. */
describeEachDialect('GET /api/teams/:id/delivery/friction', (dialect) => {
  const server = useTestServer(dialect);
  beforeAll(async () => {
    await importRecords(server().store, sourceOf('prs.jsonl', jsonl([
      pr('p1', 0, { firstReviewAt: at(1), firstReviewer: 'grace', mergedAt: at(2), mergedBy: 'alan' }),
      pr('p2', 10, { firstReviewAt: at(13), firstReviewer: 'grace' }),
      pr('p3', 20, { firstReviewAt: at(44), firstReviewer: 'katherine', mergedAt: at(50), mergedBy: 'katherine' }),
      pr('p4', 30, { firstReviewAt: at(66), firstReviewer: 'barbara' }),
      pr('p5', 40, { author: 'katherine', service: 'checkout', firstReviewAt: at(45), firstReviewer: 'alan' }),
    ])));
  });

  it("splits a team's PR waits by own team and other teams, team × team", async () => {
    const { status, body } = await getJson(server().app, `/api/teams/platform/delivery/friction?${window}`);
    expect(status).toBe(200);
    expect(body.team).toEqual({ id: 'platform', name: 'Platform' });
    expect(body.pullRequests).toBe(4);
    expect(body.review.ownTeam).toEqual({ medianHours: 2, n: 2 });
    expect(body.review.otherTeams).toEqual({ medianHours: 30, n: 2 });
    expect(body.merge).toMatchObject({ ownTeam: { medianHours: 2, n: 1 }, otherTeams: { medianHours: 30, n: 1 }, pending: 2 });
    expect(body.waitingOn.map((p: { team: string }) => p.team)).toEqual(['payments', 'checkout-squad']);
    expect(body.incoming).toEqual([{ team: 'payments', review: { medianHours: 5, n: 1 }, merge: { medianHours: null, n: 0 } }]);
    expect(body.teamNames).toMatchObject({ payments: 'Payments', 'checkout-squad': 'Checkout Squad' });
    expect(JSON.stringify(body)).not.toMatch(/alan|grace|katherine|barbara/);
  });

  it('answers 404 for an unknown team, 400 for a bad window, 401 without sign-in', async () => {
    expect((await getJson(server().app, '/api/teams/nope/delivery/friction')).status).toBe(404);
    expect((await getJson(server().app, `/api/teams/platform/delivery/friction?from=${at(5)}&to=${at(1)}`)).status).toBe(400);
    expect((await getJson(server().app, '/api/teams/platform/delivery/friction?from=monday')).status).toBe(400);
    expect((await getJson(server().app, '/api/teams/platform/delivery/friction', 'anonymous')).status).toBe(401);
  });

  it('answers a revalidation with the same ETag by 304, and gives a new ETag after an import', async () => {
    const url = `/api/teams/platform/delivery/friction?${window}`;
    const { first, etag } = await expectRevalidation(server().app, url);
    expect((await send(server().app, { method: 'GET', url, as: 'anonymous', headers: { 'if-none-match': etag } })).statusCode).toBe(401);

    await importRecords(server().store, sourceOf('more.jsonl', jsonl([pr('p6', 60, { firstReviewAt: at(61), firstReviewer: 'grace' })])));
    const after = await send(server().app, { method: 'GET', url, headers: { 'if-none-match': etag } });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(after.json().pullRequests).toBe(first.json().pullRequests + 1);
  });
});
