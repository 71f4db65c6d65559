/**
 * bench/delivery-metrics: every service's production figures over the last 90 days of the large
 * demo, computed by Trellis (DeliveryRepository.eventsOf + the pure core, per service) next to a
 * baseline measured in the same run: straightforward SQL of the same definitions
 * (bench/delivery-metrics-sql.ts). Both must agree on deployments, failed, change failure rate
 * and the lead-time median and n for every service; disagreements are printed and fail the run.
 * Target (issue): Trellis ≥ 5× faster than the baseline.
 *
 *   npm run bench:delivery [-- path/to/large.db]
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { serviceMetrics, DAY, DEFAULT_REVERT_WINDOW_MS } from '../src/core/delivery/index.js';
import { openStore } from '../src/store/db.js';
import { DeliveryRepository } from '../src/store/delivery-repository.js';
import { sqlDeliveryFigures, type SqlFigures } from './delivery-metrics-sql.js';

const path = process.argv[2] ?? 'bench/out/large.db';
if (!existsSync(path)) throw new Error(`${path} does not exist: create it with \`trellis demo --scale large --db ${path} --no-serve\` (or run npm run bench:delivery-api once).`);

const raw = new Database(path, { readonly: true });
const services = raw.prepare<[], { id: string }>('select id from services order by id').all().map((s) => s.id);
const last = raw.prepare<[], { t: number }>("select max(finished_at) as t from deployments where environment = 'production'").get()!.t;
const to = last + 1;
const from = to - 90 * DAY;

// Trellis: load and compute per service, as the API does for a service.
const store = await openStore(path);
const repo = new DeliveryRepository(store.db);
const trellis = new Map<string, SqlFigures>();
let t0 = performance.now();
for (const s of services) {
  const input = await repo.eventsOf([s], to + DEFAULT_REVERT_WINDOW_MS);
  const m = serviceMetrics(input, s, { from, to, environment: 'production' });
  trellis.set(s, {
    deployments: m.changeFailureRate.deployments,
    failed: m.changeFailureRate.failed,
    cfr: m.changeFailureRate.rate,
    leadTimeMedianHours: m.leadTime.medianHours,
    leadTimeN: m.leadTime.n,
  });
}
const trellisMs = performance.now() - t0;
await store.close();

// Baseline: the same figures in SQL.
const figures = sqlDeliveryFigures(raw);
const baseline = new Map<string, SqlFigures>();
t0 = performance.now();
for (const s of services) baseline.set(s, figures(s, from, to, DEFAULT_REVERT_WINDOW_MS));
const baselineMs = performance.now() - t0;
raw.close();

const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)));
const disagreements: string[] = [];
for (const s of services) {
  const a = trellis.get(s)!;
  const b = baseline.get(s)!;
  for (const k of ['deployments', 'failed', 'cfr', 'leadTimeMedianHours', 'leadTimeN'] as const) {
    if (!close(a[k], b[k])) disagreements.push(`${s} ${k}: trellis ${a[k]} vs sql ${b[k]}`);
  }
}

const total = (m: Map<string, SqlFigures>, k: 'deployments' | 'failed' | 'leadTimeN') => [...m.values()].reduce((n, f) => n + f[k], 0);
console.log(`${services.length} services, production, ${new Date(from).toISOString()} … ${new Date(to).toISOString()}`);
console.log(`deployments ${total(trellis, 'deployments')}, failed ${total(trellis, 'failed')}, lead times ${total(trellis, 'leadTimeN')}`);
console.log(`Trellis (load + core, per service)   ${(trellisMs / 1000).toFixed(2)} s  (${(trellisMs / services.length).toFixed(1)} ms/service)`);
console.log(`Baseline (SQL, per service)          ${(baselineMs / 1000).toFixed(2)} s  (${(baselineMs / services.length).toFixed(1)} ms/service)`);
const speedup = baselineMs / trellisMs;
console.log(`Trellis is ${speedup.toFixed(2)}× the baseline's speed; target ≥ 5×: ${speedup >= 5 ? 'met' : 'NOT met'}`);
if (disagreements.length > 0) {
  console.log(`\n${disagreements.length} disagreement(s):`);
  for (const d of disagreements.slice(0, 50)) console.log(`  ${d}`);
  process.exitCode = 1;
} else {
  console.log(`Agreement: all ${services.length} services agree on deployments, failed, CFR, lead-time median and n.`);
}
