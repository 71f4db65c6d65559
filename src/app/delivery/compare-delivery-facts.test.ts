/**
 * An outcome link's before/after read from the stored facts (each side's window only) must equal
 * the reference over every event up to the after side's end (`comparisonFromEvents`), on every
 * scope, moment, window length and environment — including moments near the data's end (shortened
 * windows, the failure-detection lag) and incidents found after the window that still fail a
 * deployment in it.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { importRecords } from '../import-records.js';
import { DAY, DEFAULT_REVERT_WINDOW_MS } from '../../core/delivery/index.js';
import type { TrellisRecord } from '../../core/records/schemas.js';
import { describeEachDialect, freshStore, type TestStore } from '../../../test/dialects.js';
import { jsonl, sourceOf } from '../../../test/records.js';
import { DeliveryRepository } from '../../store/delivery-repository.js';
import { OrgRepository } from '../../store/org-repository.js';
import { compareDelivery, comparisonFromEvents, type CompareQuery } from './compare-delivery.js';
import { resolveScope } from './delivery-figures.js';
import { history, HOUR, iso, org, start } from './generated-history.test-helpers.js';

const scopes: CompareQuery['scope'][] = [
  { kind: 'team', id: 'red' },
  { kind: 'team', id: 'blue' },
  { kind: 'service', id: 'r1' },
  { kind: 'service', id: 'b2' },
];
// The histories run about 200 days from `start`: moments early, in the middle, near the end
// (shortened sides, the lag) and after it (nothing to compare).
const moments = [start + 20 * DAY + 5 * HOUR, start + 95 * DAY, start + 140 * DAY + 17 * 60_000, start + 185 * DAY, start + 230 * DAY];
const windowDays = [7, 30, 90];
const environments = ['production', 'staging', 'qa'];

describeEachDialect('before/after from stored facts', (dialect) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await freshStore(dialect);
  });
  afterEach(async () => store.dispose());

  it('equals the comparison over every event on every scope, moment, window and environment', async () => {
    const all = ['r1', 'r2', 'b1', 'b2'].map((s, i, names) => history(s, 31 + i, names.filter((n) => n !== s)));
    const half = all.map((h) => Math.floor(h.length / 2));
    await importRecords(store, sourceOf('first.jsonl', jsonl([...org, ...all.flatMap((h, i) => h.slice(0, half[i]))])));
    await importRecords(store, sourceOf('second.jsonl', jsonl(all.flatMap((h, i) => h.slice(half[i])))));

    const delivery = new DeliveryRepository(store.db);
    const deps = { delivery, org: new OrgRepository(store.db), runtime: { now: () => start + 400 * DAY } };
    let compared = 0;
    let verdicts = 0;
    let shortened = 0;
    let failures = 0;
    for (const scope of scopes) {
      const resolved = await resolveScope(deps, { kind: 'operator' }, scope);
      for (const t of moments) {
        for (const days of windowDays) {
          for (const environment of environments) {
            const label = `${scope.kind} ${scope.id} ${environment} t=${iso(t)} ${days} d`;
            const viaFacts = await compareDelivery(deps, { kind: 'operator' }, { scope, t, windowDays: days, environment });
            const viaEvents = await comparisonFromEvents(deps, resolved, { t, windowDays: days, environment });
            expect(viaFacts, label).toEqual(viaEvents);
            compared++;
            verdicts += Object.values(viaFacts.metrics).filter((m) => m.verdict !== 'no clear change').length;
            if (viaFacts.windowDays < days) shortened++;
            if ((viaFacts.metrics.changeFailureRate.before ?? 0) > 0) failures++;
          }
        }
      }
    }
    expect(compared).toBe(scopes.length * moments.length * windowDays.length * environments.length);
    // The comparison must have had something to say, or equality proves little.
    expect(verdicts).toBeGreaterThan(5);
    expect(shortened).toBeGreaterThan(5);
    expect(failures).toBeGreaterThan(5);
  }, 240_000);

  it('counts an incident found after the window against the deployment it names', async () => {
    // One deployment a day for 60 days; the incident blaming day 10's deployment starts 100 days
    // later, long after the after side's end and its revert window.
    const records: TrellisRecord[] = [...org];
    for (let day = 0; day < 60; day++) {
      const at = start + day * DAY + 12 * HOUR;
      records.push({ kind: 'change', id: `c${day}`, service: 'r1', committedAt: iso(at - 3 * HOUR) });
      records.push({ kind: 'deployment', id: `d${day}`, service: 'r1', finishedAt: iso(at), changes: [`c${day}`] });
    }
    const t = start + 30 * DAY;
    const late = t + 30 * DAY + DEFAULT_REVERT_WINDOW_MS + 70 * DAY;
    records.push({ kind: 'incident', id: 'late', service: 'r1', startedAt: iso(late), resolvedAt: iso(late + HOUR), causedBy: 'd40' });
    records.push({ kind: 'incident', id: 'elsewhere', service: 'b1', startedAt: iso(late), causedBy: 'd41' });
    // A clock-skewed record: d45's late incident is still open, yet a fix inside the data names it.
    // The events path sees the fix (both are loaded), so the facts path must too.
    records.push({ kind: 'incident', id: 'late-open', service: 'r1', startedAt: iso(late), causedBy: 'd45' });
    records.push({ kind: 'deployment', id: 'fix', service: 'r1', finishedAt: iso(start + 59 * DAY + 18 * HOUR), commit: 'c59', remediates: 'late-open' });
    await importRecords(store, sourceOf('late.jsonl', jsonl(records)));

    const deps = { delivery: new DeliveryRepository(store.db), org: new OrgRepository(store.db), runtime: { now: () => late + DAY } };
    const q = { t, windowDays: 30 };
    const service = await compareDelivery(deps, { kind: 'operator' }, { scope: { kind: 'service', id: 'r1' }, ...q });
    expect(service.metrics.changeFailureRate.before).toBe(0);
    // d40 and d45 failed (their own service's incidents); d41's blame sits in b1, outside r1's
    // scope. The fix is a 31st deployment of the after side.
    expect(service.metrics.changeFailureRate.after).toBeCloseTo(2 / 31, 10);
    expect(service.metrics.changeFailureRate.nAfter).toBe(31);
    // Both recovered: d40 when its incident was resolved, d45 by the fix.
    expect(service.metrics.recoveryTime.nAfter).toBe(2);
    expect(service).toEqual(await comparisonFromEvents(deps, await resolveScope(deps, { kind: 'operator' }, { kind: 'service', id: 'r1' }), q));
    // Red's team comparison holds r1 and r2 only: b1's incident is Blue's, so the same one failure.
    const team = await compareDelivery(deps, { kind: 'operator' }, { scope: { kind: 'team', id: 'red' }, ...q });
    expect(team.metrics.changeFailureRate.after).toBeCloseTo(2 / 31, 10);
  });
});
