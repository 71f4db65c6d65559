import { beforeAll, expect, it } from 'vitest';
import { importRecords } from '../../../app/import-records.js';
import { EvidenceRepository } from '../../../store/evidence-repository.js';
import { describeEachDialect } from '../../../../test/dialects.js';
import { getJson, useTestServer } from '../../../../test/http-helpers.js';
import { jsonl, sourceOf } from '../../../../test/records.js';

const DAY = 86_400_000;
const t0 = Date.UTC(2024, 0, 1);
/** Ledger (Payments): 40 deployments in the first 90 days, 12 failed; 60 in the next 90, 2 failed. */
const deployments = [
  ...Array.from({ length: 40 }, (_, i) => ({ id: `a${i}`, at: t0 + i * 2 * DAY + 3_600_000, failed: i < 12 })),
  ...Array.from({ length: 60 }, (_, i) => ({ id: `b${i}`, at: t0 + 90 * DAY + i * 1.5 * DAY + 3_600_000, failed: i < 2 })),
];
const records = [
  ...deployments.map((d) => ({ kind: 'deployment', id: d.id, service: 'ledger', finishedAt: new Date(d.at).toISOString() })),
  ...deployments.filter((d) => d.failed).map((d) => ({ kind: 'incident', id: `i-${d.id}`, service: 'ledger', startedAt: new Date(d.at + 600_000).toISOString(), causedBy: d.id })),
];
const window = `from=${new Date(t0 + 90 * DAY).toISOString()}&to=${new Date(t0 + 180 * DAY).toISOString()}`;

describeEachDialect('the organisation page and the timeline markers', (dialect) => {
  const server = useTestServer(dialect);
  beforeAll(async () => {
    await importRecords(server().store, sourceOf('ledger.jsonl', jsonl(records)));
    await new EvidenceRepository(server().store.db).insert({
      id: 'ev-rollout', person: 'alan', title: 'Rollout automation shipped', date: t0 + 90 * DAY, kind: 'shipped', signals: [], dimensions: [], links: [], notes: '',
      outcome: { target: 'service', id: 'ledger', at: t0 + 90 * DAY + 10 * 3_600_000, windowDays: 90 }, createdAt: t0, updatedAt: t0, createdBy: null,
    });
  });

  it('lists each team by name against its own previous period, with n and a verdict only where the data carry one', async () => {
    const { status, body } = await getJson(server().app, `/api/delivery/org/teams?${window}`, await server().as('ada'));
    expect(status).toBe(200);
    expect(body.teams.map((t: { name: string }) => t.name)).toEqual(['Payments', 'Platform']);
    const payments = body.teams[0].trend;
    expect(payments.deploymentFrequency).toMatchObject({ nPrevious: 40, nCurrent: 60 });
    expect(payments.changeFailureRate).toMatchObject({ nPrevious: 40, nCurrent: 60, verdict: 'improving' });
    expect(payments.changeFailureRate.previous).toBeCloseTo(12 / 40, 10);
    expect(payments.leadTime).toMatchObject({ verdict: 'not enough data', nPrevious: 0, nCurrent: 0 });
    expect(body.teams[1].trend.deploymentFrequency).toMatchObject({ verdict: 'not enough data', nPrevious: 0, nCurrent: 0 });
    expect(body.previous).toEqual({ from: t0, to: t0 + 90 * DAY });
    expect(body.dataEndsAt).toBeNull();
  });

  it('ends both periods where the data end, so weeks without data yet do not read as a slowdown', async () => {
    const later = `from=${new Date(t0 + 150 * DAY).toISOString()}&to=${new Date(t0 + 240 * DAY).toISOString()}`;
    const { body } = await getJson(server().app, `/api/delivery/org/teams?${later}`, await server().as('ada'));
    expect(body.dataEndsAt).not.toBeNull();
    expect(body.dataEndsAt).toBeGreaterThanOrEqual(t0 + 178 * DAY);
    expect(body.dataEndsAt).toBeLessThanOrEqual(t0 + 186 * DAY);
    expect(body.window.to).toBe(body.dataEndsAt);
    expect(body.window.to - body.window.from).toBe(90 * DAY);
    expect(body.teams[0].trend.deploymentFrequency.verdict).not.toBe('worsening');
  });

  it('marks outcome-linked evidence on the service timeline only for readers who may read it, and audits others’ reads', async () => {
    const own = await getJson(server().app, '/api/delivery/services/ledger/evidence', await server().as('alan'));
    expect(own.body).toEqual({ markers: [{ at: new Date(t0 + 90 * DAY + 10 * 3_600_000).toISOString(), title: 'Rollout automation shipped', person: 'alan' }] });
    const manager = await getJson(server().app, '/api/delivery/services/ledger/evidence', await server().as('grace'));
    expect(manager.body.markers).toHaveLength(1);
    const outsider = await getJson(server().app, '/api/delivery/services/ledger/evidence', await server().as('barbara'));
    expect(outsider.status).toBe(200);
    expect(outsider.body).toEqual({ markers: [] });
    const audit = await server().store.db.selectFrom('audit_log').selectAll().where('resource_type', '=', 'living-document').where('subject_person', '=', 'alan').execute();
    expect(audit.map((a) => a.detail)).toEqual(['evidence titles marked on the delivery timeline of ledger']);
    expect((await getJson(server().app, '/api/delivery/services/nope/evidence', await server().as('alan'))).status).toBe(404);
  });

  it('gives a service with no deployments no tier at all, even over a year: "not enough data", never "low"', async () => {
    const year = `from=${new Date(t0).toISOString()}&to=${new Date(t0 + 365 * DAY).toISOString()}`;
    const { status, body } = await getJson(server().app, `/api/delivery/services/deploy-bot?${year}`, await server().as('alan'));
    expect(status).toBe(200);
    expect(body.metrics.deploymentFrequency.deployments).toBe(0);
    expect(body.tier).toEqual({ report: 2024, deploymentFrequency: null, leadTime: null, recoveryTime: null, changeFailureRate: null });
  });
});
