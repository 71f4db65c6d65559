import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { importRecords } from '../import-records.js';
import { describeEachDialect, freshStore, type TestStore } from '../../../test/dialects.js';
import { events, jsonl, org, sourceOf } from '../../../test/records.js';
import { DeliveryRepository } from '../../store/delivery-repository.js';
import { computeReport, type ReportJob } from './compute-report.js';
import { ReportPool } from './report-pool.js';
import { computeComparison, type ComparisonJob } from './compare-delivery.js';

const job: ReportJob = {
  scope: { kind: 'team', id: 'platform', name: 'Platform', team: 'platform', timeZone: 'Europe/Berlin', services: ['deploy-pipeline'] },
  from: Date.parse('2024-03-01T00:00:00Z'),
  to: Date.parse('2024-04-01T00:00:00Z'),
};

describeEachDialect('delivery report pool (worker threads)', (dialect) => {
  let store: TestStore;
  let dir: string;
  let pool: ReportPool | undefined;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'trellis-pool-'));
    store = await freshStore(dialect, join(dir, 'pool.db'));
    await importRecords(store, sourceOf('seed.jsonl', jsonl([...org, ...events])));
  });
  afterEach(async () => {
    await pool?.close();
    await store.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('computes in a worker exactly the report computed on the calling thread, several at once', async () => {
    pool = new ReportPool(store.target, 2);
    const here = await computeReport({ delivery: new DeliveryRepository(store.db) }, job);
    expect(here.metrics.deploymentFrequency.deployments).toBe(1);
    expect(here.metrics.changeFailureRate.failed).toBe(1);
    const there = await Promise.all([pool.run(job), pool.run(job), pool.run({ ...job, includeMerges: true })]);
    expect(there[0]).toEqual(here);
    expect(there[1]).toEqual(here);
    expect(there[2]!.metrics.leadTime.includeMerges).toBe(true);
  }, 60_000);

  it('computes a before/after comparison in a worker exactly as on the calling thread, in the same queue', async () => {
    pool = new ReportPool(store.target, 1);
    // The data ends on 5 March: the sides shrink to the 4 days after 1 March, which hold d1.
    const comparison: ComparisonJob = { scope: job.scope, t: Date.parse('2024-03-01T00:00:00Z'), windowDays: 14 };
    const here = await computeComparison({ delivery: new DeliveryRepository(store.db) }, comparison);
    expect(here.windowDays).toBe(4);
    expect(here.metrics.deploymentFrequency.after).toBeCloseTo(7 / 4, 10);
    const [report, there] = await Promise.all([pool.run(job), pool.compare(comparison)]);
    expect(there).toEqual(here);
    expect(report.metrics.deploymentFrequency.deployments).toBe(1);
  }, 60_000);

  it('queues jobs first come, first served, one at a time per worker on SQLite, and answers them all', async () => {
    pool = new ReportPool(store.target, 1);
    const order: number[] = [];
    const runs = [0, 1, 2, 3].map((i) => pool!.run({ ...job, from: job.from + i * 3_600_000 }).then((r) => (order.push(i), r)));
    // On SQLite one job is with the worker and the rest wait here; PostgreSQL sends a few at once.
    expect(pool.waiting).toBe(dialect === 'sqlite' ? 3 : 0);
    const reports = await Promise.all(runs);
    expect(pool.waiting).toBe(0);
    if (dialect === 'sqlite') expect(order).toEqual([0, 1, 2, 3]);
    expect(reports.map((r) => r.metrics.from)).toEqual([0, 1, 2, 3].map((i) => job.from + i * 3_600_000));
  }, 60_000);

  it('lets a team report run beside the organisation report instead of waiting for it', async () => {
    pool = new ReportPool(store.target, 1, { perWorker: 1 });
    const services = ['deploy-pipeline', ...Array.from({ length: 60 }, (_, i) => `svc-${i}`)];
    const org = pool.run({ ...job, scope: { kind: 'org', id: null, name: 'Organisation', team: null, timeZone: 'UTC', services } });
    const team = pool.run(job);
    const another = pool.run({ ...job, includeMerges: true });
    // The team's report joins the worker busy with the organisation's; a second waits its turn.
    expect(pool.waiting).toBe(1);
    const [o, t, a] = await Promise.all([org, team, another]);
    expect(o.metrics.deploymentFrequency.deployments).toBe(1);
    expect(t.metrics.deploymentFrequency.deployments).toBe(1);
    expect(a.metrics.leadTime.includeMerges).toBe(true);
    expect(pool.waiting).toBe(0);
  }, 60_000);

  it('answers a failed computation with the error, and keeps working', async () => {
    pool = new ReportPool(store.target, 1);
    await expect(pool.run({ ...job, scope: null as never })).rejects.toThrow();
    expect((await pool.run(job)).metrics.deploymentFrequency.deployments).toBe(1);
  }, 60_000);
});
