import { beforeAll, expect, it } from 'vitest';
import { importRecords } from '../../../app/import-records.js';
import { describeEachDialect } from '../../../../test/dialects.js';
import { expectRevalidation, getJson, send, useTestServer } from '../../../../test/http-helpers.js';
import { jsonl, sourceOf } from '../../../../test/records.js';

/** Scenario B of spec/delivery.md on the seeded `checkout` service (team payments). */
const scenarioB = [
  ['E1', '2024-03-11T09:00:00Z'], ['E2', '2024-03-11T14:00:00Z'], ['E3', '2024-03-12T10:00:00Z'],
  ['E4', '2024-03-12T11:00:00Z', 'E3'], ['E5', '2024-03-13T09:00:00Z'], ['E6', '2024-03-14T09:00:00Z'],
].map(([id, finishedAt, rollbackOf]) => ({
  kind: 'deployment', id, service: 'checkout', finishedAt, commit: `sha-${id}`, ...(rollbackOf ? { rollbackOf } : {}),
  ...(id === 'E3' ? { url: 'https://ci.example.org/checkout/deploys/E3' } : {}),
}));
const incidents = [
  { kind: 'incident', id: 'I1', service: 'checkout', startedAt: '2024-03-11T15:00:00Z', resolvedAt: '2024-03-11T17:00:00Z', causedBy: 'E2' },
  { kind: 'incident', id: 'I2', service: 'checkout', startedAt: '2024-03-11T16:00:00Z', resolvedAt: '2024-03-12T12:00:00Z', causedBy: 'E2' },
  { kind: 'incident', id: 'I3', service: 'checkout', startedAt: '2024-03-12T10:30:00Z', resolvedAt: '2024-03-13T09:30:00Z', causedBy: 'E3', title: 'Card payments time out', url: 'https://acme.pagerduty.com/incidents/I3' },
  { kind: 'incident', id: 'I4', service: 'checkout', startedAt: '2024-03-14T12:00:00Z' },
];
const window = 'from=2024-03-11T00:00:00Z&to=2024-03-18T00:00:00Z';

describeEachDialect('GET /api/delivery', (dialect) => {
  const server = useTestServer(dialect);
  beforeAll(async () => {
    await importRecords(server().store, sourceOf('scenario-b.jsonl', jsonl([...scenarioB, ...incidents])));
  });

  it('gives a service’s figures with tiers and trend (scenario B)', async () => {
    const { status, body } = await getJson(server().app, `/api/delivery/services/checkout?${window}`);
    expect(status).toBe(200);
    expect(body.scope).toEqual({ kind: 'service', id: 'checkout', name: 'Checkout API', team: 'payments', timeZone: 'Europe/Berlin', services: ['checkout'] });
    const m = body.metrics;
    expect(m.deploymentFrequency.deployments).toBe(6);
    expect(m.changeFailureRate).toMatchObject({ failed: 2, deployments: 6 });
    expect(m.changeFailureRate.rate).toBeCloseTo(1 / 3, 10);
    // The figures only: the events behind them are their own route.
    expect(m.changeFailureRate.events).toBeUndefined();
    expect(m.events).toBeUndefined();
    expect(m.reworkRate.rework).toBe(1);
    expect(m.recoveryTime).toMatchObject({ medianHours: 11.5, n: 2, open: 0 });
    expect(m.timeToRestore).toMatchObject({ medianHours: 20, n: 3 });
    expect(m.unattributedIncidents).toBe(1);
    expect(body.tier.report).toBe(2024);
    expect(body.trend).toEqual([{ week: '2024-03-11', deployments: 6, failed: 2, leadTimeMedianHours: null, leadTimeN: 0 }]);
  });

  it('lists the events behind a figure, a page at a time, from the same report', async () => {
    const failed = await getJson(server().app, `/api/delivery/services/checkout/events?${window}&list=failed`);
    expect(failed.status).toBe(200);
    expect(failed.body).toMatchObject({ list: 'failed', total: 2, offset: 0, limit: 200 });
    expect(failed.body.items.map((f: { deployment: string }) => f.deployment).sort()).toEqual(['E2', 'E3']);
    expect(failed.body.items.find((f: { deployment: string }) => f.deployment === 'E3').causes).toContainEqual({ type: 'rollback', by: 'E4' });

    const page = await getJson(server().app, `/api/delivery/teams/payments/events?${window}&list=deployments&offset=2&limit=3`);
    expect(page.body).toMatchObject({ list: 'deployments', total: 6, offset: 2, limit: 3, items: [{ deployment: 'E3' }, { deployment: 'E4' }, { deployment: 'E5' }] });
    const recoveries = await getJson(server().app, `/api/delivery/org/events?${window}&list=recoveries`);
    expect(recoveries.body.items.map((r: { hours: number }) => r.hours).sort((a: number, b: number) => a - b)).toEqual([1, 22]);
    const unattributed = await getJson(server().app, `/api/delivery/services/checkout/events?${window}&list=unattributedIncidents`);
    expect(unattributed.body.items).toEqual([{ incident: 'I4' }]);

    expect((await getJson(server().app, `/api/delivery/services/checkout/events?${window}&list=people`)).status).toBe(400);
    expect((await getJson(server().app, `/api/delivery/services/checkout/events?${window}&list=failed&limit=5000`)).status).toBe(400);
    expect((await getJson(server().app, `/api/delivery/services/nope/events?list=failed`)).status).toBe(404);
    expect((await getJson(server().app, `/api/delivery/services/checkout/events?list=failed`, 'anonymous')).status).toBe(401);
  });

  it('says when each event on the page happened, its commit, title and where to open it', async () => {
    const page = await getJson(server().app, `/api/delivery/services/checkout/events?${window}&list=deployments&offset=2&limit=2`);
    expect(page.body.details).toEqual({
      deployments: {
        E3: { finishedAt: '2024-03-12T10:00:00.000Z', commit: 'sha-E3', url: 'https://ci.example.org/checkout/deploys/E3' },
        E4: { finishedAt: '2024-03-12T11:00:00.000Z', commit: 'sha-E4' },
      },
      changes: {},
      incidents: {},
    });
    // Records named only in the causes (the incident behind a failure, the rollback) are described too.
    const failed = await getJson(server().app, `/api/delivery/services/checkout/events?${window}&list=failed`);
    expect(failed.body.details.incidents.I3).toEqual({ startedAt: '2024-03-12T10:30:00.000Z', title: 'Card payments time out', url: 'https://acme.pagerduty.com/incidents/I3' });
    expect(failed.body.details.incidents.I1).toEqual({ startedAt: '2024-03-11T15:00:00.000Z' });
    expect(Object.keys(failed.body.details.deployments).sort()).toEqual(['E2', 'E3', 'E4']);
  });

  it('answers a revalidation with the same ETag by 304, without a body', async () => {
    const url = `/api/delivery/services/checkout?${window}`;
    const { first } = await expectRevalidation(server().app, url);
    const other = await send(server().app, { method: 'GET', url, headers: { 'if-none-match': '"something-else"' } });
    expect(other.statusCode).toBe(200);
    expect(other.json()).toEqual(first.json());
  });

  it('pools a team’s services and the organisation', async () => {
    const team = await getJson(server().app, `/api/delivery/teams/payments?${window}&report=2023`);
    expect(team.status).toBe(200);
    expect(team.body.scope.services).toEqual(['checkout', 'ledger']);
    expect(team.body.metrics.changeFailureRate.failed).toBe(2);
    expect(team.body.tier.report).toBe(2023);
    const org = await getJson(server().app, `/api/delivery/org?${window}`);
    expect(org.body.scope).toMatchObject({ kind: 'org', id: null });
    expect(org.body.metrics.deploymentFrequency.deployments).toBe(6);
  });

  it('says not enough data with nulls, not zeros', async () => {
    const { body } = await getJson(server().app, `/api/delivery/services/ledger?${window}`);
    expect(body.metrics.changeFailureRate.rate).toBeNull();
    expect(body.metrics.leadTime.medianHours).toBeNull();
  });

  it('answers 404 for an unknown service or team, 400 for a bad window, 401 without sign-in', async () => {
    expect((await getJson(server().app, '/api/delivery/services/nope')).status).toBe(404);
    expect((await getJson(server().app, '/api/delivery/teams/nope')).status).toBe(404);
    const bad = await getJson(server().app, '/api/delivery/org?from=yesterday');
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems).toEqual([expect.stringMatching(/^querystring\.from: /)]);
    const empty = await getJson(server().app, '/api/delivery/org?from=2024-03-18T00:00:00Z&to=2024-03-11T00:00:00Z');
    expect(empty.status).toBe(400);
    expect((await getJson(server().app, '/api/delivery/org', 'anonymous')).status).toBe(401);
  });
});

describeEachDialect('GET /api/delivery/…/compare', (dialect) => {
  const server = useTestServer(dialect);
  beforeAll(async () => {
    // One deployment a day from 1 March to 8 June; in March every second one causes an incident, from April none does.
    const lines: object[] = [];
    for (let i = 0; i < 100; i++) {
      const day = new Date(Date.UTC(2024, 2, 1) + i * 86_400_000).toISOString().slice(0, 10);
      lines.push({ kind: 'deployment', id: `x${i}`, service: 'deploy-bot', finishedAt: `${day}T10:00:00Z`, commit: `s${i}` });
      if (i < 31 && i % 2 === 0) lines.push({ kind: 'incident', id: `xi${i}`, service: 'deploy-bot', startedAt: `${day}T11:00:00Z`, resolvedAt: `${day}T12:00:00Z`, causedBy: `x${i}` });
    }
    await importRecords(server().store, sourceOf('before-after.jsonl', jsonl(lines)));
  });

  it('finds a clear improvement of the change failure rate, the same on every call', async () => {
    const url = '/api/delivery/services/deploy-bot/compare?t=2024-04-01T00:00:00Z&windowDays=30';
    const { status, body } = await getJson(server().app, url);
    expect(status).toBe(200);
    const cfr = body.metrics.changeFailureRate;
    expect(cfr).toMatchObject({ nBefore: 30, nAfter: 30, unit: 'deployments', before: 0.5, after: 0, verdict: 'improved', betterWhen: 'lower', method: 'newcombe-wilson', noVerdictReason: null });
    expect(cfr.ci[1]).toBeLessThan(0);
    expect(body.metrics.deploymentFrequency).toMatchObject({ nBefore: 30, nAfter: 30, unit: 'days' });
    expect(body).toMatchObject({ windowDays: 30, requestedWindowDays: 30, notes: [], dataEnd: Date.parse('2024-06-08T10:00:00Z') });
    expect((await getJson(server().app, url)).body).toEqual(body);
  });

  it('shortens a window that runs past the end of the data, and waits out the failure-detection lag', async () => {
    const { status, body } = await getJson(server().app, '/api/delivery/services/deploy-bot/compare?t=2024-05-20T00:00:00Z&windowDays=90');
    expect(status).toBe(200);
    expect(body).toMatchObject({ windowDays: 19, requestedWindowDays: 90, failureLagDays: 14 });
    expect(body.notes[0]).toMatch(/^The data ends on 2024-06-08: both sides were shortened from 90 to 19 days/);
    expect(body.metrics.changeFailureRate).toMatchObject({ nAfter: 5, verdict: 'no clear change' });
    expect(body.metrics.changeFailureRate.noVerdictReason).toMatch(/needs at least 20 on each side/);
  });

  it('checks the window and the moment', async () => {
    expect((await getJson(server().app, '/api/delivery/teams/platform/compare?t=2024-04-01T00:00:00Z&windowDays=3')).status).toBe(400);
    expect((await getJson(server().app, '/api/delivery/services/deploy-bot/compare')).status).toBe(400);
    expect((await getJson(server().app, '/api/delivery/services/nope/compare?t=2024-04-01T00:00:00Z')).status).toBe(404);
  });
});
