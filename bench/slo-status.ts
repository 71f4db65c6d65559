/**
 * bench/slo-status: the status (budget, burn rates by window, alert pairs) of N SLOs, each with
 * D days of one-minute slices (default 2,000 × 30 = 86.4 M slices), computed by Trellis's path
 * (per SLO one statement: whole hours as the difference of two running sums of the hourly
 * rollups, partial hours summed from raw minutes; a capped raw read for a firing alert's start;
 * then the pure core) next to a
 * plain-SQL baseline over the same store in the same run (Σgood, Σtotal and good slices per
 * window straight from the raw slices, then the same core arithmetic). Both must agree on every
 * figure of every SLO; a disagreement fails the run. Prints load rate, store size, peak memory.
 *
 *   npm run bench:slo -- [--slos=2000] [--days=30] [--db=bench/out/slo.db] [--keep]
 *
 * Targets (issue): ≤ 2 s for all 2,000 SLOs, and ≥ 20× the baseline.
 */
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { importRecords } from '../src/app/import-records.js';
import { importOpenSlo } from '../src/app/reliability/import-openslo.js';
import { sloDefinitions, sloStatuses, sourceFor } from '../src/app/reliability/slo-status.js';
import { systemRuntime } from '../src/app/runtime.js';
import { operatorActor } from '../src/core/access/actor.js';
import { MINUTE } from '../src/core/reliability/duration.js';
import { sloStatus, type SloStatus } from '../src/core/reliability/status.js';
import type { SliSource, Totals } from '../src/core/reliability/totals.js';
import { openStore } from '../src/store/db.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { SloRepository } from '../src/store/slo-repository.js';

const arg = (name: string, dflt: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? dflt;
const N = Number(arg('slos', '2000'));
const DAYS = Number(arg('days', '30'));
const path = arg('db', 'bench/out/slo.db');
const keep = process.argv.includes('--keep');
const AT = Date.UTC(2026, 2, 1, 12, 37); // not on a whole hour: partial hours at every window's edge
const START = AT - DAYS * 1440 * MINUTE;

const mb = (b: number) => `${(b / 1e6).toFixed(0)} MB`;

async function load(): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  for (const s of ['', '-wal', '-shm']) rmSync(`${path}${s}`, { force: true });
  const store = await openStore(path);
  await migrateToLatest(store);
  const teams = [{ kind: 'team', id: 'bench', name: 'Bench' }];
  const services = Array.from({ length: Math.ceil(N / 4) }, (_, i) => ({ kind: 'service', id: `svc-${i}`, name: `svc-${i}`, team: 'bench' }));
  await importRecords(store, { name: 'org', records: (async function* () { let line = 0; for (const value of [...teams, ...services]) yield { line: ++line, value }; })() });
  // A quarter Timeslices (28 d), the rest Occurrences (30 d), targets from 99 % to 99.95 %.
  const docs = Array.from({ length: N }, (_, i) => {
    const timeslices = i % 4 === 3;
    return `apiVersion: openslo/v1
kind: SLO
metadata:
  name: slo-${i}
spec:
  service: svc-${Math.floor(i / 4)}
  indicator:
    metadata: { name: sli-${i} }
    spec:
      ratioMetric:
        counter: true
        good: { metricSource: { type: Prometheus, spec: { query: 'good_${i}' } } }
        total: { metricSource: { type: Prometheus, spec: { query: 'total_${i}' } } }
  timeWindow: [{ duration: ${timeslices ? '28d' : '30d'}, isRolling: true }]
  budgetingMethod: ${timeslices ? 'Timeslices' : 'Occurrences'}
  objectives:
    - target: ${[0.99, 0.995, 0.999, 0.995][i % 4]}
${timeslices ? '      timeSliceTarget: 0.95\n      timeSliceWindow: 1m\n' : ''}`;
  });
  await importOpenSlo(store, systemRuntime, operatorActor, [{ name: 'bench.yaml', text: docs.join('---\n') }]);
  await store.close();

  // Bulk path: raw slices straight into SQLite, one transaction per SLO, then each SLO's rollups.
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insert = db.prepare('insert into sli_slices (slo, at, good, total) values (?, ?, ?, ?)');
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const started = performance.now();
  const perSlo = db.transaction((slo: string) => {
    for (let t = START; t < AT; t += MINUTE) {
      const total = 200 + Math.floor(rand() * 800);
      const r = rand();
      // One SLO in a hundred has an outage in its last hour (its page fires); the rest burn slowly.
      const outage = Number(slo.slice(4)) % 100 === 7 && t >= AT - 60 * MINUTE;
      const bad = outage ? Math.floor(total * 0.1) : r < 0.002 ? Math.floor(total * 0.2) : r < 0.1 ? 1 : 0;
      insert.run(slo, t, total - bad, total);
    }
  });
  for (let i = 0; i < N; i++) {
    perSlo(`slo-${i}`);
    if (i % 50 === 49) process.stderr.write(`  … ${i + 1} SLOs loaded\n`);
  }
  const loadSecs = (performance.now() - started) / 1000;
  db.close();
  const rollupStart = performance.now();
  const store2 = await openStore(path);
  const repo = new SloRepository(store2.db);
  for (let i = 0; i < N; i++) await repo.rebuildRollups(`slo-${i}`);
  await store2.close();
  const rollupSecs = (performance.now() - rollupStart) / 1000;
  const slices = N * DAYS * 1440;
  console.log(`load: ${slices.toLocaleString('en')} slices in ${loadSecs.toFixed(1)} s (${Math.round(slices / loadSecs).toLocaleString('en')} slices/s, bulk insert); rollups in ${rollupSecs.toFixed(1)} s`);
}

/** The baseline's window sums: plain SQL over the raw slices, one query per window (memoised per window). */
function sqlSource(store: Awaited<ReturnType<typeof openStore>>, slo: string, target: { n: bigint; d: bigint } | undefined): SliSource & { prefetch(windows: [number, number][]): Promise<void> } {
  const cache = new Map<string, Totals>();
  return {
    async prefetch(windows) {
      for (const [from, to] of windows) {
        const n = target?.n ?? 2n;
        const d = target?.d ?? 1n;
        const r = await sql<{ good: number; total: number; data: number; goodSlices: number }>`
          select coalesce(sum(good), 0) as good, coalesce(sum(total), 0) as total,
                 coalesce(sum(case when total > 0 then 1 else 0 end), 0) as data,
                 coalesce(sum(case when total > 0 and good * ${Number(d)} >= ${Number(n)} * total then 1 else 0 end), 0) as "goodSlices"
          from sli_slices where slo = ${slo} and at >= ${from} and at < ${to}`.execute(store.db);
        const row = r.rows[0]!;
        cache.set(`${from}|${to}`, { good: Number(row.good), total: Number(row.total), dataSlices: Number(row.data), goodSlices: Number(row.goodSlices), slices: Math.ceil(to / MINUTE) - Math.ceil(from / MINUTE), ratioSum: 0 });
      }
    },
    totals(from, to) {
      const t = cache.get(`${from}|${to}`);
      if (!t) throw new Error(`baseline: window ${from}..${to} not prefetched`);
      return t;
    },
  };
}

const figures = (s: SloStatus) => JSON.stringify({ c: s.budgetConsumed, r: s.budgetRemaining, sli: s.sli, b: s.burnRates, a: s.alerts.map((a) => [a.firing, a.longBurnRate, a.shortBurnRate, a.events, a.firingSince]) });

async function main(): Promise<void> {
  if (!existsSync(path) || !keep) await load();
  const store = await openStore(path);
  // A kept store from an older version gains the running sums here (migration 025 fills them).
  const migrateStart = performance.now();
  await migrateToLatest(store);
  const migrateSecs = (performance.now() - migrateStart) / 1000;
  if (migrateSecs > 1) console.log(`migrations on the kept store: ${migrateSecs.toFixed(1)} s`);
  const deps = { slos: new SloRepository(store.db) };
  const defs = await sloDefinitions(deps);
  const fileSize = ['', '-wal'].reduce((n, s) => n + (existsSync(`${path}${s}`) ? statSync(`${path}${s}`).size : 0), 0);

  // Trellis: rollups + partial-hour minutes, then the core.
  const fastStart = performance.now();
  // The product's own path (an SLO with a firing alert is read again raw, for its start).
  const fast = await sloStatuses(deps, operatorActor, { at: AT });
  const fastSecs = (performance.now() - fastStart) / 1000;

  // Baseline: every window summed from raw slices in SQL.
  const windows = (def: (typeof defs)[number]) => {
    const set = new Map<string, [number, number]>();
    const add = (from: number, to: number) => set.set(`${from}|${to}`, [from, to]);
    for (const w of [5, 30, 60, 120, 360, 1440, 4320]) add(AT - w * MINUTE, AT);
    const len = def.window.duration.count * 1440 * MINUTE;
    add(AT - len, AT);
    return [...set.values()];
  };
  const baseStart = performance.now();
  const base: SloStatus[] = [];
  for (const def of defs) {
    const src = sqlSource(store, def.name, def.timeSliceTarget);
    await src.prefetch(windows(def));
    let status: SloStatus;
    try {
      status = sloStatus(def, src, AT);
    } catch {
      // A firing alert: finding when it started walks back minute by minute, over raw slices (as the product does).
      status = sloStatus(def, await sourceFor(deps, def, AT, true), AT);
    }
    base.push(status);
  }
  const baseSecs = (performance.now() - baseStart) / 1000;
  await store.close();

  const disagreements = fast.filter((s, i) => figures(s) !== figures(base[i]!));
  const firing = fast.filter((s) => s.alerts.some((a) => a.firing)).length;
  console.log(`SLOs: ${defs.length} × ${DAYS} days = ${(defs.length * DAYS * 1440).toLocaleString('en')} one-minute slices; store ${mb(fileSize)} (SQLite, raw slices + hourly rollups)`);
  console.log(`Trellis (running sums + raw partial hours): ${fastSecs.toFixed(3)} s for all budgets and burn rates (${((fastSecs / defs.length) * 1000).toFixed(2)} ms per SLO)`);
  console.log(`baseline (plain SQL sums over raw slices): ${baseSecs.toFixed(3)} s`);
  console.log(`ratio: ${(baseSecs / fastSecs).toFixed(1)}× faster; agreement: ${defs.length - disagreements.length}/${defs.length} SLOs identical on every figure; ${firing} SLOs with a firing alert`);
  console.log(`peak RSS: ${mb(process.resourceUsage().maxRSS * 1024)}`);
  if (disagreements.length > 0) {
    const first = disagreements[0]!;
    console.error(`DISAGREE on ${disagreements.length} SLOs, e.g. ${first.name}:\n  trellis  ${figures(first)}\n  baseline ${figures(base[fast.indexOf(first)]!)}`);
    process.exitCode = 1;
  }
}

await main();
