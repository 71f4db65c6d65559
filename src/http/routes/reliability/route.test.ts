import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/dialects.js';
import { authHeaders, getJson, useTestServer } from '../../../../test/http-helpers.js';
import { jsonl, sourceOf } from '../../../../test/records.js';
import { importOpenSlo } from '../../../app/reliability/import-openslo.js';
import { importRecords } from '../../../app/import-records.js';
import { systemRuntime } from '../../../app/runtime.js';
import { operatorActor } from '../../../core/access/actor.js';

const START = Date.UTC(2026, 2, 1);
const SLO = `apiVersion: openslo/v1
kind: SLO
metadata:
  name: checkout-availability
spec:
  service: checkout
  indicator:
    metadata:
      name: checkout-ok
    spec:
      ratioMetric:
        counter: true
        good: { metricSource: { type: Prometheus, spec: { query: 'sum(rate(ok_total[1m]))' } } }
        total: { metricSource: { type: Prometheus, spec: { query: 'sum(rate(all_total[1m]))' } } }
  timeWindow:
    - duration: 1d
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - target: 0.99
`;

describeEachDialect('reliability routes', (dialect) => {
  const server = useTestServer(dialect);
  beforeAll(async () => {
    const store = server().store;
    await importOpenSlo(store, systemRuntime, operatorActor, [{ name: 'checkout.yaml', text: SLO }]);
    // Six hours at 1 % bad (burn 1), then the last hour at 20 % bad (burn 20).
    const slices = Array.from({ length: 7 * 60 }, (_, i) => ({ kind: 'sli', slo: 'checkout-availability', at: new Date(START + i * 60_000).toISOString(), good: i >= 360 ? 80 : 99, total: 100 }));
    await importRecords(store, sourceOf('sli.jsonl', jsonl(slices)));
  });
  const at = new Date(START + 7 * 3_600_000).toISOString();

  it('GET /api/reliability/slos: the status list, as the CLI prints it', async () => {
    const { status, body } = await getJson(server().app, `/api/reliability/slos?at=${at}`);
    expect(status).toBe(200);
    expect(body).toHaveLength(1);
    const s = body[0];
    expect(s).toMatchObject({ name: 'checkout-availability', service: 'checkout' });
    // (360 × 1 + 60 × 20) bad of 42,000 against a 1 % budget.
    expect(s.budgetConsumed).toBeCloseTo(1560 / 420, 12);
    expect(s.budgetRemaining).toBe(0);
    expect(s.burnRates['1h']).toBe(20);
    expect(s.burnRates['5m']).toBe(20);
    // A 1-day window: page 1 h factor = 2 % × 24 h / 1 h = 0.48.
    expect(s.alerts[0]).toMatchObject({ severity: 'page', longWindow: '1h', shortWindow: '5m', factor: 0.48, firing: true });
  });

  it('GET /api/reliability/services/:id: status, history, alert episodes and attribution; 404 for an unknown service', async () => {
    const { status, body } = await getJson(server().app, `/api/reliability/services/checkout?at=${at}`);
    expect(status).toBe(200);
    expect(body.slos[0].status.name).toBe('checkout-availability');
    expect(body.slos[0].history.length).toBeGreaterThan(100);
    expect(body.slos[0].alertHistory.some((e: { severity: string; ongoing: boolean }) => e.severity === 'page' && e.ongoing)).toBe(true);
    expect(body.slos[0].attribution.burningMinutes).toBe(60);
    expect((await getJson(server().app, '/api/reliability/services/nowhere')).status).toBe(404);
  });

  it('GET /api/reliability/openslo: the OpenSLO export', async () => {
    const res = await server().app.inject({ method: 'GET', url: '/api/reliability/openslo', headers: authHeaders(server().app) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/yaml/);
    expect(res.body).toContain('name: checkout-availability');
  });

  it('refuses anonymous callers', async () => {
    expect((await getJson(server().app, '/api/reliability/slos', 'anonymous')).status).toBe(401);
  });
});
