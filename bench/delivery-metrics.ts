/**
 * bench/delivery-metrics: every service's production figures over the last 90 days of the large
 * demo, computed by Trellis (allServiceFigures: the window read of stored delivery facts, every
 * service at once, then the figures per service) next to a
 * baseline measured in the same run: straightforward SQL of the same definitions, every service
 * at once (bench/delivery-metrics-sql.ts). Both must agree for every service on deployments,
 * failed, change failure rate, lead-time median and n, rework (count and rate) and recovery
 * (median, n, open); disagreements are printed and fail the run.
 * Target (issue): Trellis ≥ 5× faster than the baseline.
 *
 *   npm run bench:delivery [-- path/to/large.db] [--per-service]
 *
 * --per-service also times the old path (each service's whole history, as the single-service
 * report loads it) and checks that it agrees too.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { allServiceFigures } from '../src/app/delivery/all-service-figures.js';
import { serviceMetrics, DAY, DEFAULT_REVERT_WINDOW_MS, type DeliveryMetrics } from '../src/core/delivery/index.js';
import { openStore } from '../src/store/db.js';
import { DeliveryRepository } from '../src/store/delivery-repository.js';
import { sqlDeliveryFigures, type SqlFigures } from './delivery-metrics-sql.js';

const args = process.argv.slice(2);
const path = args.find((a) => !a.startsWith('--')) ?? 'bench/out/large.db';
const withPerService = args.includes('--per-service');
if (!existsSync(path)) throw new Error(`${path} does not exist: create it with \`trellis demo --scale large --db ${path} --no-serve\` (or run npm run bench:delivery-api once).`);

const raw = new Database(path, { readonly: true });
const services = raw.prepare<[], { id: string }>('select id from services order by id').all().map((s) => s.id);
const last = raw.prepare<[], { t: number }>("select max(finished_at) as t from deployments where environment = 'production'").get()!.t;
raw.close();
const to = last + 1;
const from = to - 90 * DAY;

const environment = 'production';
const figureKeys = ['deployments', 'failed', 'cfr', 'leadTimeMedianHours', 'leadTimeN', 'rework', 'reworkRate', 'recoveryMedianHours', 'recoveryN', 'recoveryOpen'] as const;

const toFigures = (m: DeliveryMetrics): SqlFigures => ({
  deployments: m.changeFailureRate.deployments,
  failed: m.changeFailureRate.failed,
  cfr: m.changeFailureRate.rate,
  leadTimeMedianHours: m.leadTime.medianHours,
  leadTimeN: m.leadTime.n,
  rework: m.reworkRate.rework,
  reworkRate: m.reworkRate.rate,
  recoveryMedianHours: m.recoveryTime.medianHours,
  recoveryN: m.recoveryTime.n,
  recoveryOpen: m.recoveryTime.open,
});

// Trellis: every service at once (the window read of stored facts + the figures per service).
async function trellisRun(): Promise<{ ms: number; figures: Map<string, SqlFigures> }> {
  const store = await openStore(path, { readonly: true });
  const repo = new DeliveryRepository(store.db);
  const t0 = performance.now();
  const all = await allServiceFigures({ delivery: repo }, { kind: 'operator' }, { from, to, environment, services });
  const figures = new Map(all.map((f) => [f.service, toFigures(f.metrics)]));
  const ms = performance.now() - t0;
  await store.close();
  return { ms, figures };
}

// The previous path, for reference (--per-service): each service's whole history, one query set each.
async function perServiceRun(): Promise<{ ms: number; figures: Map<string, SqlFigures> }> {
  const store = await openStore(path, { readonly: true });
  const repo = new DeliveryRepository(store.db);
  const figures = new Map<string, SqlFigures>();
  const t0 = performance.now();
  for (const s of services) figures.set(s, toFigures(serviceMetrics(await repo.eventsOf([s], to + DEFAULT_REVERT_WINDOW_MS), s, { from, to, environment })));
  const ms = performance.now() - t0;
  await store.close();
  return { ms, figures };
}

// Baseline: the same figures in SQL, every service at once (temporary tables on a read-only connection).
function baselineRun(): { ms: number; figures: Map<string, SqlFigures> } {
  const db = new Database(path, { readonly: true });
  db.pragma('cache_size = -65536');
  const t0 = performance.now();
  const figures = sqlDeliveryFigures(db, { environment, from, to, revertWindowMs: DEFAULT_REVERT_WINDOW_MS });
  const ms = performance.now() - t0;
  db.close();
  return { ms, figures };
}

// Each side runs twice, alternating, so both see a warm page cache; the faster run of each counts.
const runs = { trellis: [] as number[], baseline: [] as number[] };
let trellis = new Map<string, SqlFigures>();
let baseline = new Map<string, SqlFigures>();
for (let i = 0; i < 2; i++) {
  const b = baselineRun();
  runs.baseline.push(b.ms);
  baseline = b.figures;
  const t = await trellisRun();
  runs.trellis.push(t.ms);
  trellis = t.figures;
}
const perService = withPerService ? await perServiceRun() : undefined;
const trellisMs = Math.min(...runs.trellis);
const baselineMs = Math.min(...runs.baseline);

const empty: SqlFigures = { deployments: 0, failed: 0, cfr: null, leadTimeMedianHours: null, leadTimeN: 0, rework: 0, reworkRate: null, recoveryMedianHours: null, recoveryN: 0, recoveryOpen: 0 };
const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)));
const disagreements: string[] = [];
for (const s of services) {
  const a = trellis.get(s)!;
  const b = baseline.get(s) ?? empty;
  for (const k of figureKeys) {
    if (!close(a[k], b[k])) disagreements.push(`${s} ${k}: trellis ${a[k]} vs sql ${b[k]}`);
  }
}

if (perService !== undefined) {
  for (const s of services) {
    const a = trellis.get(s)!;
    const b = perService.figures.get(s)!;
    for (const k of figureKeys) if (!close(a[k], b[k])) disagreements.push(`${s} ${k}: bulk ${a[k]} vs per-service ${b[k]}`);
  }
}

const total = (m: Map<string, SqlFigures>, k: 'deployments' | 'failed' | 'leadTimeN' | 'rework' | 'recoveryN' | 'recoveryOpen') => [...m.values()].reduce((n, f) => n + f[k], 0);
const secs = (xs: number[]) => xs.map((x) => `${(x / 1000).toFixed(2)} s`).join(', ');
console.log(`${services.length} services, ${environment}, ${new Date(from).toISOString()} … ${new Date(to).toISOString()}`);
console.log(`deployments ${total(trellis, 'deployments')}, failed ${total(trellis, 'failed')}, rework ${total(trellis, 'rework')}, lead times ${total(trellis, 'leadTimeN')}, recoveries ${total(trellis, 'recoveryN')} (+${total(trellis, 'recoveryOpen')} open)`);
console.log(`Trellis (window read of stored facts, every service at once) ${(trellisMs / 1000).toFixed(2)} s  (${(trellisMs / services.length).toFixed(1)} ms/service; runs ${secs(runs.trellis)})`);
if (perService !== undefined) console.log(`Trellis per service, whole history (old path) ${(perService.ms / 1000).toFixed(2)} s`);
console.log(`Baseline (SQL, all services at once) ${(baselineMs / 1000).toFixed(2)} s  (runs ${secs(runs.baseline)})`);
const speedup = baselineMs / trellisMs;
console.log(`Trellis is ${speedup.toFixed(2)}× the baseline's speed; target ≥ 5×: ${speedup >= 5 ? 'met' : 'NOT met'}`);
if (disagreements.length > 0) {
  console.log(`\n${disagreements.length} disagreement(s):`);
  for (const d of disagreements.slice(0, 50)) console.log(`  ${d}`);
  process.exitCode = 1;
} else {
  console.log(`Agreement: all ${services.length} services agree on ${figureKeys.join(', ')}${perService ? ' (SQL, and the per-service path)' : ''}.`);
}
