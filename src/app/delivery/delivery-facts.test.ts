/**
 * The reports read from stored delivery facts must equal the reports over every event (the
 * reference path, `reportFromEvents`) on every scope, window and option: generated histories
 * with the cases that reach across a window (rollbacks by id and by commit, redeploys, reverts
 * inside and outside 14 days, remediations, incidents caused in another service of the team,
 * clock skew, merges, deployments listing nothing, staging), imported in several files so the
 * facts are maintained incrementally — including records that move between services and
 * incidents whose cause changes.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { importRecords } from '../import-records.js';
import { DAY } from '../../core/delivery/index.js';
import type { TrellisRecord } from '../../core/records/schemas.js';
import { history, HOUR, iso, org, random, start } from './generated-history.test-helpers.js';
import { describeEachDialect, freshStore, type TestStore } from '../../../test/dialects.js';
import { jsonl, sourceOf } from '../../../test/records.js';
import { DeliveryRepository } from '../../store/delivery-repository.js';
import { OrgRepository } from '../../store/org-repository.js';
import { figuresOnly } from '../../core/delivery/facts-summary.js';
import { deliveryFigures, reportFromEvents, resolveScope, type DeliveryScope } from './delivery-figures.js';

const scopes: DeliveryScope[] = [
  { kind: 'org' },
  { kind: 'team', id: 'red' },
  { kind: 'team', id: 'blue' },
  { kind: 'service', id: 'r1' },
  { kind: 'service', id: 'r2' },
  { kind: 'service', id: 'b1' },
  { kind: 'service', id: 'b2' },
];
const windows = [
  { from: start + 60 * DAY, to: start + 150 * DAY },
  { from: start + 170 * DAY + 7 * HOUR, to: start + 200 * DAY + 13 * 60_000 },
  { from: start - 10 * DAY, to: start + 30 * DAY },
  { from: start + 100 * DAY, to: start + 107 * DAY },
];

// 'qa' has no deployments at all: every change is undeployed there.
const options = [
  ['production', false],
  ['production', true],
  ['staging', false],
  ['qa', false],
] as const;

/**
 * Every report three ways: over every event (the reference), from the window's facts with the
 * events behind each figure, and figures only (numbers read, no drill-down): the first two are
 * equal, and the third equals them with the drill-down lists emptied — every figure and the trend.
 */
async function expectSameReports(store: TestStore, ws: readonly { from: number; to: number }[] = windows) {
  const delivery = new DeliveryRepository(store.db);
  const deps = { delivery, org: new OrgRepository(store.db), runtime: { now: () => start + 400 * DAY } };
  let compared = 0;
  for (const scope of scopes) {
    const resolved = await resolveScope(deps, { kind: 'operator' }, scope);
    for (const w of ws) {
      for (const [environment, includeMerges] of options) {
        const q = { scope, environment, includeMerges, ...w };
        const label = `${scope.kind} ${'id' in scope ? scope.id : ''} ${environment} ${iso(w.from)}–${iso(w.to)} merges ${includeMerges}`;
        const viaFacts = await deliveryFigures(deps, { kind: 'operator' }, { ...q, detail: 'events' });
        const viaEvents = await reportFromEvents(deps, resolved, q);
        expect(viaFacts, label).toEqual(viaEvents);
        const figures = await deliveryFigures(deps, { kind: 'operator' }, q);
        expect(figures, `figures only: ${label}`).toEqual({ ...viaEvents, metrics: figuresOnly(viaEvents.metrics) });
        compared++;
      }
    }
  }
  return compared;
}

describeEachDialect('delivery reports from stored facts', (dialect) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await freshStore(dialect);
  });
  afterEach(async () => store.dispose());

  it('equal the reports over every event, on every scope, window and option, as imports change the data', async () => {
    const all = ['r1', 'r2', 'b1', 'b2'].map((s, i, names) => history(s, 11 + i, names.filter((n) => n !== s)));
    // First import: the org and half of each history (so later files add to it).
    const firstHalf = all.map((h) => h.slice(0, Math.floor(h.length / 2)));
    const secondHalf = all.map((h) => h.slice(Math.floor(h.length / 2)));
    await importRecords(store, sourceOf('first.jsonl', jsonl([...org, ...firstHalf.flat()])));
    await importRecords(store, sourceOf('second.jsonl', jsonl(secondHalf.flat())));
    const first = await expectSameReports(store);
    expect(first).toBe(scopes.length * windows.length * options.length);

    // Some figures must be non-trivial, or the comparison proves little.
    const repo = new DeliveryRepository(store.db);
    const deps = { delivery: repo, org: new OrgRepository(store.db), runtime: { now: () => start + 400 * DAY } };
    const report = await deliveryFigures(deps, { kind: 'operator' }, { scope: { kind: 'org' }, ...windows[0]! });
    expect(report.metrics.changeFailureRate.failed).toBeGreaterThan(3);
    expect(report.metrics.reworkRate.rework).toBeGreaterThan(3);
    expect(report.metrics.recoveryTime.n).toBeGreaterThan(2);
    expect(report.metrics.leadTime.n).toBeGreaterThan(50);
    expect(report.metrics.undeployedChanges.count).toBeGreaterThan(0);

    // A third file moves a change and a deployment to another service, re-points incidents at
    // other causes and removes a deployment's list: only the touched services are rebuilt.
    const incidents = all.flat().filter((r): r is Extract<TrellisRecord, { kind: 'incident' }> => r.kind === 'incident');
    const moved: TrellisRecord[] = [
      { kind: 'change', id: 'r1-c40', service: 'b2', committedAt: '2024-02-10T10:00:00Z' },
      ...incidents.slice(0, 6).map((i, k) => ({ ...i, causedBy: k % 2 === 0 ? undefined : 'b1-d120', service: k % 3 === 0 ? 'r2' : i.service })),
    ].map((r) => JSON.parse(JSON.stringify(r)) as TrellisRecord);
    const someDeployment = all[0]!.find((r): r is Extract<TrellisRecord, { kind: 'deployment' }> => r.kind === 'deployment' && r.changes !== undefined && Date.parse(r.finishedAt) > start + 90 * DAY)!;
    moved.push({ ...someDeployment, changes: [] });
    await importRecords(store, sourceOf('third.jsonl', jsonl(moved)));
    await expectSameReports(store);
  }, 240_000);

  it('figures only equal the full reports on other random histories and random windows', async () => {
    // Other seeds (both parities: with and without a baseline first deployment) and windows drawn
    // at random over the histories, starting and ending at odd moments.
    const all = ['r1', 'r2', 'b1', 'b2'].map((s, i, names) => history(s, 101 + 7 * i, names.filter((n) => n !== s)));
    await importRecords(store, sourceOf('all.jsonl', jsonl([...org, ...all.flat()])));
    const rnd = random(2026);
    const drawn = Array.from({ length: 3 }, () => {
      const from = start - 20 * DAY + Math.floor(rnd() * 220 * DAY);
      return { from, to: from + Math.floor(HOUR + rnd() * 120 * DAY) };
    });
    expect(await expectSameReports(store, drawn)).toBe(scopes.length * drawn.length * options.length);
  }, 240_000);
});
