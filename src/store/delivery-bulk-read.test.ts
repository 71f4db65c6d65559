import { afterEach, beforeEach, expect, it } from 'vitest';
import { allServiceFigures } from '../app/delivery/all-service-figures.js';
import { importRecords } from '../app/import-records.js';
import { serviceMetrics, DAY, DEFAULT_REVERT_WINDOW_MS } from '../core/delivery/index.js';
import { figuresOnly } from '../core/delivery/facts-summary.js';
import type { TrellisRecord } from '../core/records/schemas.js';
import { describeEachDialect, freshStore, type TestStore } from '../../test/dialects.js';
import { jsonl, org, sourceOf } from '../../test/records.js';
import { DeliveryRepository } from './delivery-repository.js';

const from = Date.parse('2024-06-01T00:00:00Z');
const to = Date.parse('2024-07-01T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Half a year of one service's history: daily changes, a deployment every third day listing what
 * it ships (the first lists nothing: a baseline), and, around the window, the cases that reach
 * outside it: a change committed long before the window but first shipped in it (listed by the
 * deployment, and another naming the deployment in its own `deployment` field), a rollback, a
 * revert within 14 days, a revert shipped after the window, incidents (one started before the
 * lookback, resolved in the window), a remediation, a failed attempt and staging deployments.
 */
function history(s: string): TrellisRecord[] {
  const out: TrellisRecord[] = [];
  const start = Date.parse('2024-01-01T09:00:00Z');
  const late = `${s}-late`; // committed in April, first listed by a deployment in June
  out.push({ kind: 'change', id: late, service: s, committedAt: '2024-04-01T10:00:00Z' });
  out.push({ kind: 'change', id: `${late}-named`, service: s, committedAt: '2024-04-02T10:00:00Z', deployment: `${s}-d160` });
  let pending: string[] = [];
  for (let day = 0; day < 190; day++) {
    const at = start + day * DAY;
    const id = `${s}-c${day}`;
    const change: TrellisRecord = { kind: 'change', id, service: s, committedAt: iso(at), isMerge: day % 5 === 0 };
    if (day === 160) change.revertOf = `${s}-c155`; // 2024-06-09, reverting a change shipped days before
    if (day === 183) change.revertOf = `${s}-c175`; // shipped after `to`, within 14 days of the original
    out.push(change);
    pending.push(id);
    if (day % 3 === 1) {
      const dep: TrellisRecord = { kind: 'deployment', id: `${s}-d${day}`, service: s, finishedAt: iso(at + 5 * 3_600_000), commit: id };
      // The first deployment after the lookback's start lists nothing: only the real first
      // deployment (day 1) may be a baseline that claims all earlier changes.
      if (day > 1 && day !== 124) dep.changes = day === 157 ? [...pending, late] : pending;
      out.push(dep);
      out.push({ kind: 'deployment', id: `${s}-st${day}`, service: s, environment: 'staging', finishedAt: iso(at + 3 * 3_600_000), commit: id });
      if (day !== 124) pending = [];
    }
  }
  out.push(
    { kind: 'deployment', id: `${s}-rb`, service: s, finishedAt: '2024-06-14T20:00:00Z', commit: `${s}-c163`, rollbackOf: `${s}-d163` },
    { kind: 'deployment', id: `${s}-fail`, service: s, finishedAt: '2024-06-20T12:00:00Z', status: 'failure' },
    { kind: 'incident', id: `${s}-i-old`, service: s, startedAt: '2024-04-20T08:00:00Z', resolvedAt: '2024-06-05T08:00:00Z' },
    { kind: 'incident', id: `${s}-i1`, service: s, startedAt: '2024-06-17T16:00:00Z', resolvedAt: '2024-06-18T01:00:00Z', causedBy: `${s}-d166` },
    { kind: 'deployment', id: `${s}-fix`, service: s, finishedAt: '2024-06-17T22:00:00Z', commit: `${s}-c166`, remediates: `${s}-i1` },
    { kind: 'incident', id: `${s}-i2`, service: s, startedAt: '2024-06-25T10:00:00Z' },
  );
  return out;
}

describeEachDialect('bulk delivery read (every service at once)', (dialect) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await freshStore(dialect);
    await importRecords(store, sourceOf('seed.jsonl', jsonl([...org, ...history('deploy-pipeline'), ...history('payments-api')])));
  });
  afterEach(async () => store.dispose());

  it('gives every service exactly the figures the per-service read gives (every service at once, from the window read)', async () => {
    const repo = new DeliveryRepository(store.db);
    const all = await allServiceFigures({ delivery: repo }, { kind: 'operator' }, { from, to, detail: 'events' });
    const figures = await allServiceFigures({ delivery: repo }, { kind: 'operator' }, { from, to });
    expect(all.map((f) => f.service)).toEqual(['deploy-pipeline', 'payments-api']);
    expect(figures.map((f) => f.service)).toEqual(['deploy-pipeline', 'payments-api']);
    for (const [i, { service, metrics }] of all.entries()) {
      const timeZone = service === 'deploy-pipeline' ? 'Europe/Berlin' : 'America/New_York';
      const reference = serviceMetrics(await repo.eventsOf([service], to + DEFAULT_REVERT_WINDOW_MS), service, { from, to, timeZone });
      expect(metrics).toEqual(reference);
      expect(figures[i]!.metrics).toEqual(figuresOnly(reference));
      // The fixture does reach outside the window: these would be wrong with a plain time slice.
      expect(metrics.leadTime.events.leadTimes.some((l) => l.change === `${service}-late`)).toBe(true);
      expect(metrics.leadTime.events.leadTimes.find((l) => l.change === `${service}-late-named`)?.deployment).toBe(`${service}-d160`);
      expect(metrics.changeFailureRate.failed).toBeGreaterThanOrEqual(3);
      expect(metrics.reworkRate.rework).toBeGreaterThanOrEqual(3);
      expect(metrics.timeToRestore.events.incidents.map((i) => i.incident)).toContain(`${service}-i-old`);
    }
  });

  it('loads only the slice, the first deployment and the older changes the slice lists or that name it', async () => {
    const repo = new DeliveryRepository(store.db);
    const since = from - 30 * DAY;
    const got = (await repo.eventsOfEach(['deploy-pipeline'], { environment: 'production', since, until: to + DEFAULT_REVERT_WINDOW_MS })).get('deploy-pipeline')!;
    const full = await repo.eventsOf(['deploy-pipeline'], to + DEFAULT_REVERT_WINDOW_MS);
    expect(got.deployments.every((d) => d.environment === 'production')).toBe(true);
    expect(got.deployments.filter((d) => d.finishedAt < since).map((d) => d.id)).toEqual(['deploy-pipeline-d1']);
    expect(got.changes.filter((c) => c.committedAt < since).map((c) => c.id).sort()).toEqual(['deploy-pipeline-late', 'deploy-pipeline-late-named']);
    expect(got.changes.length).toBeLessThan(full.changes.length);
    expect(got.incidents.map((i) => i.id).sort()).toEqual(full.incidents.map((i) => i.id).sort());
  });
});
