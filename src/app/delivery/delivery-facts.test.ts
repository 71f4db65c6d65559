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
import { describeEachDialect, freshStore, type TestStore } from '../../../test/dialects.js';
import { jsonl, sourceOf } from '../../../test/records.js';
import { DeliveryRepository } from '../../store/delivery-repository.js';
import { OrgRepository } from '../../store/org-repository.js';
import { figuresOnly } from '../../core/delivery/facts-summary.js';
import { deliveryFigures, reportFromEvents, resolveScope, type DeliveryScope } from './delivery-figures.js';

const HOUR = 3_600_000;
const start = Date.parse('2024-01-01T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

/** A small deterministic generator (mulberry32): the same histories on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const org: TrellisRecord[] = [
  { kind: 'team', id: 'red', name: 'Red', timezone: 'Europe/Berlin' },
  { kind: 'team', id: 'blue', name: 'Blue', timezone: 'America/New_York' },
  { kind: 'service', id: 'r1', name: 'r1', team: 'red' },
  { kind: 'service', id: 'r2', name: 'r2', team: 'red' },
  { kind: 'service', id: 'b1', name: 'b1', team: 'blue' },
  { kind: 'service', id: 'b2', name: 'b2', team: 'blue' },
];

/** About 200 days of one service: changes, deployments in two environments, incidents. */
function history(s: string, seed: number, peers: string[]): TrellisRecord[] {
  const rnd = random(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const out: TrellisRecord[] = [];
  const changes: string[] = [];
  const deployments: string[] = [];
  let pending: string[] = [];
  let t = start + Math.floor(rnd() * DAY);
  for (let n = 0; t < start + 200 * DAY; n++) {
    t += Math.floor(rnd() * 10 * HOUR);
    const id = `${s}-c${n}`;
    const change: TrellisRecord = { kind: 'change', id, service: s, committedAt: iso(t), isMerge: rnd() < 0.2 };
    if (changes.length > 3 && rnd() < 0.06) change.revertOf = pick(changes.slice(-40));
    out.push(change);
    changes.push(id);
    pending.push(id);
    if (rnd() < 0.35) {
      const at = t + Math.floor(rnd() * 6 * HOUR);
      const d = `${s}-d${n}`;
      const dep: TrellisRecord = { kind: 'deployment', id: d, service: s, finishedAt: iso(at), commit: rnd() < 0.1 && deployments.length > 0 ? `${s}-c${Math.max(0, n - 30)}` : id };
      const r = rnd();
      if (deployments.length === 0 && seed % 2 === 0) {
        // The first deployment lists nothing: it ships everything before it, as baseline.
      } else if (r < 0.75) dep.changes = pending;
      else if (r < 0.85) for (const c of pending) out.push({ kind: 'change', id: `${c}-named`, service: s, committedAt: iso(t - HOUR), deployment: d });
      if (rnd() < 0.05 && deployments.length > 0) dep.rollbackOf = pick(rnd() < 0.3 ? deployments : deployments.slice(-5));
      if (rnd() < 0.05) dep.status = 'failure';
      out.push(dep);
      if (dep.status !== 'failure') deployments.push(d);
      if (rnd() < 0.5) out.push({ kind: 'deployment', id: `${s}-st${n}`, service: s, environment: 'staging', finishedAt: iso(at - HOUR), commit: id, changes: pending });
      pending = [];
      if (rnd() < 0.04) out.push({ kind: 'deployment', id: `${d}-again`, service: s, finishedAt: iso(at + HOUR), commit: id });
    }
    if (rnd() < 0.08 && deployments.length > 0) {
      const started = t + Math.floor(rnd() * 30 * HOUR);
      const causeOwner = rnd() < 0.2 ? pick(peers) : s;
      const incident: TrellisRecord = { kind: 'incident', id: `${s}-i${n}`, service: causeOwner, startedAt: iso(started) };
      if (rnd() < 0.85) incident.resolvedAt = iso(started + Math.floor(rnd() * 40 * HOUR));
      // Now and then an incident (or a rollback) names a deployment from months ago: a report
      // whose window ends more than 14 days before it must not see it.
      if (rnd() < 0.7) incident.causedBy = pick(rnd() < 0.2 ? deployments : deployments.slice(-6));
      out.push(incident);
      if (rnd() < 0.3) out.push({ kind: 'deployment', id: `${s}-fix${n}`, service: s, finishedAt: iso(started + 5 * HOUR), commit: id, remediates: incident.id });
    }
    if (rnd() < 0.01) out.push({ kind: 'change', id: `${s}-skew${n}`, service: s, committedAt: iso(t + 20 * DAY), deployment: deployments.at(-1) ?? `${s}-none` });
  }
  return out;
}

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
