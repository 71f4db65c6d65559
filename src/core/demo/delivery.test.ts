import { describe, expect, it } from 'vitest';
import type { RecordOf } from '../records/schemas.js';
import { situationsFor } from './situations.js';
import { ANCHOR, DAY, median, ofKind, records } from './demo.test-helpers.js';

const all = records();
const changes = ofKind(all, 'change');
const deployments = ofKind(all, 'deployment');
const incidents = ofKind(all, 'incident');
const prod = deployments.filter((d) => d.environment !== 'staging' && d.status !== 'failure');
const at = (d: RecordOf<'deployment'>) => Date.parse(d.finishedAt);

/** The production deployment that first shipped each change. */
const shippedBy = new Map<string, RecordOf<'deployment'>>();
for (const d of prod) for (const c of d.changes ?? []) if (!shippedBy.has(c)) shippedBy.set(c, d);

/**
 * delivery.md's change failure rate, written out independently of the core: failed = rolled back,
 * or caused an incident, or a change of it reverted by a revert shipped within 14 days.
 */
function failureShare(service: string, from: number, to: number): { failed: number; n: number; rate: number } {
  const mine = prod.filter((d) => d.service === service);
  const rolledBack = new Set(mine.map((d) => d.rollbackOf));
  const caused = new Set(incidents.map((i) => i.causedBy));
  const revertShipped = new Map<string, number>();
  for (const c of changes) {
    const d = shippedBy.get(c.id);
    if (c.revertOf !== undefined && d !== undefined) revertShipped.set(c.revertOf, at(d));
  }
  const window = mine.filter((d) => at(d) >= from && at(d) < to);
  const failed = window.filter(
    (d) =>
      rolledBack.has(d.id) ||
      caused.has(d.id) ||
      (d.changes ?? []).some((c) => (revertShipped.get(c) ?? Infinity) - at(d) <= 14 * DAY),
  ).length;
  return { failed, n: window.length, rate: failed / window.length };
}

function medianLeadHours(service: string): number {
  const lead = changes
    .filter((c) => c.service === service && !c.isMerge && shippedBy.has(c.id))
    .map((c) => (at(shippedBy.get(c.id)!) - Date.parse(c.committedAt)) / 3_600_000);
  return median(lead);
}

describe('delivery records', () => {
  it('lists each change in at most one production deployment, of its own service', () => {
    const count = new Map<string, number>();
    const serviceOf = new Map(changes.map((c) => [c.id, c.service]));
    for (const d of prod) {
      for (const c of d.changes ?? []) {
        count.set(c, (count.get(c) ?? 0) + 1);
        expect(serviceOf.get(c)).toBe(d.service);
      }
    }
    expect([...count.values()].filter((n) => n > 1)).toEqual([]);
    expect(changes.some((c) => !shippedBy.has(c.id))).toBe(true); // some are still undeployed
  });

  it('deploys the last change it lists and ships changes after they are committed', () => {
    const committed = new Map(changes.map((c) => [c.id, Date.parse(c.committedAt)]));
    for (const d of deployments.filter((x) => (x.changes ?? []).length > 0)) {
      expect(d.commit).toBe(d.changes!.at(-1));
      for (const c of d.changes!) expect(committed.get(c)!).toBeLessThan(at(d));
    }
  });

  it('has failed attempts, staging deployments, rollbacks, reverts, hotfixes and unattributed incidents', () => {
    expect(deployments.filter((d) => d.status === 'failure').length).toBeGreaterThan(20);
    expect(deployments.filter((d) => d.environment === 'staging').length).toBeGreaterThan(100);
    const rollbacks = prod.filter((d) => d.rollbackOf !== undefined);
    expect(rollbacks.length).toBeGreaterThan(20);
    expect(rollbacks.every((d) => d.changes === undefined)).toBe(true);
    expect(changes.filter((c) => c.revertOf !== undefined).length).toBeGreaterThan(50);
    expect(prod.filter((d) => d.remediates !== undefined).length).toBeGreaterThan(10);
    expect(incidents.filter((i) => i.causedBy === undefined).length).toBeGreaterThan(10);
    expect(new Set(incidents.map((i) => i.severity))).toEqual(new Set(['sev1', 'sev2', 'sev3', 'sev4']));
  });

  it('cuts deploy-pipeline failures clearly after the rollout automation', () => {
    const r = situationsFor(ANCHOR).rolloutAutomationAt;
    const before = failureShare('deploy-pipeline', r - 90 * DAY, r);
    const after = failureShare('deploy-pipeline', r, r + 90 * DAY);
    expect(before.n).toBeGreaterThan(100);
    expect(after.n).toBeGreaterThan(100);
    expect(before.rate).toBeGreaterThan(0.12);
    expect(after.rate).toBeLessThan(0.1);
    expect(before.rate - after.rate).toBeGreaterThan(0.06);
  });

  it('ships the rollout automation change by Amara on its day', () => {
    const s = situationsFor(ANCHOR);
    const change = changes.find((c) => c.id === s.rolloutAutomationChange);
    expect(change).toMatchObject({ service: 'deploy-pipeline', author: 'amara@lumen.example' });
    expect(at(shippedBy.get(s.rolloutAutomationChange)!)).toBe(s.rolloutAutomationAt);
  });

  it('makes Payments incident-heavy in the first half of the year', () => {
    const settled = situationsFor(ANCHOR).paymentsSettledAt;
    const payments = incidents.filter((i) => ['payments-api', 'ledger', 'billing-worker'].includes(i.service));
    const first = payments.filter((i) => Date.parse(i.startedAt) < settled).length;
    expect(first).toBeGreaterThan(2 * (payments.length - first));
  });

  it('gives the teams their shapes: Growth reverts, Data waits, Identity is stable, apps ship monthly', () => {
    const year = [ANCHOR - 365 * DAY, ANCHOR] as const;
    const reverts = (service: string) => changes.filter((c) => c.service === service && c.revertOf !== undefined).length;
    expect(reverts('web-frontend')).toBeGreaterThan(3 * reverts('payments-api'));
    expect(medianLeadHours('ingest-pipeline')).toBeGreaterThan(5 * 24);
    expect(medianLeadHours('warehouse')).toBeGreaterThan(medianLeadHours('search-api'));
    expect(medianLeadHours('deploy-pipeline')).toBeLessThan(24);
    expect(failureShare('auth-service', ...year).rate).toBeLessThan(0.06);
    const appReleases = prod.filter((d) => d.service === 'ios-app' && d.remediates === undefined).length;
    expect(appReleases).toBeGreaterThanOrEqual(10);
    expect(appReleases).toBeLessThanOrEqual(14);
    expect(prod.filter((d) => d.service === 'deploy-pipeline').length).toBeGreaterThan(2 * 250);
  });
});
