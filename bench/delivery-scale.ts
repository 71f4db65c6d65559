/**
 * bench/delivery-scale: delivery figures at organisation scale, without the report cache, on
 * the `--scale large` demo (2,000 engineers, 250 teams, 500 services, 1.6M changes), next to a
 * plain-SQL baseline measured in the same run (issue 14). Prints the machine's load average
 * beside every figure: the machine is shared.
 *
 *   npm run bench:delivery-scale [-- DB] [--skip-load] [--skip-outcomes] [--with-today] [--instances 2] [--repeat N]
 *
 * Every measurement runs `--repeat` times (default 3) and the MEDIAN run is reported beside the
 * individual runs: the machine is shared, and single runs vary by a factor of two or more.
 * `--load-only` runs only part 3. DB: a SQLite file (default bench/out/large.db, created with `trellis demo --scale large` when
 * missing: minutes) or a postgres:// URL holding the large demo. What it measures:
 * 1. the organisation report, 90 days, in its own process (time, peak RSS) beside the plain-SQL
 *    baseline (deployments in the window and the median lead time of what they listed: one
 *    join); both must agree on those figures. `--with-today` also runs the previous path (every
 *    event in memory) and checks every figure against it.
 * 2. a cold team report (the use case, no cache) for each of the 250 teams: median and p99;
 *    20 of them checked against the previous path, figure for figure.
 * 3. mixed cold load: 250 teams × 5 window lengths, 50 clients, 20 s (autocannon in its own
 *    process) against `--instances` server processes (default 1; 2 on PostgreSQL shows two
 *    Trellis instances behind one database), with /api/health probed throughout.
 * 4. cold outcome comparisons (an evidence item's before/after in the living document and the
 *    packet): 90 days each side around three moments, for every team and 50 services, read from
 *    the stored facts; 40 of them checked against the previous path (every event of the scope up
 *    to the after side's end, the baseline), figure for figure and interval for interval.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createDemoAccounts } from '../src/app/create-demo-accounts.js';
import { deliveryFigures, reportFromEvents, resolveScope } from '../src/app/delivery/delivery-figures.js';
import { computeComparison, comparisonFromEvents, type ComparisonJob } from '../src/app/delivery/compare-delivery.js';
import { figuresOnly } from '../src/core/delivery/facts-summary.js';
import { isPostgresUrl } from '../src/config.js';
import { openStore } from '../src/store/db.js';
import { DeliveryRepository } from '../src/store/delivery-repository.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { OrgRepository } from '../src/store/org-repository.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const db = args.find((a, i) => !a.startsWith('--') && !(i > 0 && ['--instances', '--repeat'].includes(args[i - 1]!))) ?? 'bench/out/large.db';
const instances = Number(option('--instances') ?? (isPostgresUrl(db) ? 2 : 1));
const repeat = Number(option('--repeat') ?? 3);
const medianOf = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const say = (line: string) => console.log(`${line}   [load ${load()}]`);

if (!isPostgresUrl(db) && !existsSync(db)) {
  mkdirSync('bench/out', { recursive: true });
  console.log(`Creating ${db} (trellis demo --scale large) …`);
  execFileSync(process.execPath, ['bin/trellis.js', 'demo', '--scale', 'large', '--db', db, '--no-serve'], { stdio: 'inherit' });
}
{
  // Stored delivery facts come with migration 015: a store made before it gets them here, once.
  const store = await openStore(db);
  const t = performance.now();
  const { applied } = await migrateToLatest(store);
  if (applied.length > 0) say(`migrations ${applied.join(', ')}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  await store.close();
}

const DAY = 86_400_000;
// Windows end at the start of tomorrow (UTC): stable URLs all day, data up to now.
const to = Math.ceil(Date.now() / DAY) * DAY;
const from = to - 90 * DAY;
const tsx = ['--import', 'tsx'];

function child(script: string, childArgs: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...tsx, script, ...childArgs], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('exit', (code) => (code === 0 ? resolve(out.trim().split('\n').at(-1)!) : reject(new Error(`${script} exited with ${code}`))));
  });
}

interface OrgRun {
  mode: string;
  ms: number;
  maxRssMB: number;
  figures: Record<string, number | null>;
}
const orgRun = async (mode: string): Promise<OrgRun> => JSON.parse(await child('bench/scale/org-run.ts', [mode, db, String(from), String(to)])) as OrgRun;
const same = (a: unknown, b: unknown) => (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) : a === b);
let failures = 0;

const loadOnly = flag('--load-only');
// 1. The organisation report, 90 days. Each side runs twice, alternating (warm page cache); the faster run counts.
if (!loadOnly) {
console.log(`\n# ${db} — organisation report, 90 days (${new Date(from).toISOString().slice(0, 10)} … ${new Date(to).toISOString().slice(0, 10)})`);
// The planner's join runs once (minutes on a busy machine); the others `--repeat` times,
// alternating (warm page cache); the median run counts.
const runs: { sql: OrgRun[]; ordered: OrgRun[]; facts: OrgRun[]; withEvents: OrgRun[] } = { sql: [await orgRun('sql')], ordered: [], facts: [], withEvents: [] };
for (let i = 0; i < repeat; i++) {
  runs.ordered.push(await orgRun('sql-ordered'));
  runs.facts.push(await orgRun('facts'));
  runs.withEvents.push(await orgRun('facts-events'));
}
const best = (rs: OrgRun[]) => [...rs].sort((a, b) => a.ms - b.ms)[Math.floor((rs.length - 1) / 2)]!;
const sqlRun = best(runs.sql);
const factsRun = best(runs.facts);
const orderedRun = best(runs.ordered);
const eventsRun = best(runs.withEvents);
say(`plain SQL baseline (one join):   ${(sqlRun.ms / 1000).toFixed(2)} s (runs ${runs.sql.map((r) => (r.ms / 1000).toFixed(2)).join(', ')} s), peak RSS ${sqlRun.maxRssMB.toFixed(0)} MB`);
say(`plain SQL, join order forced:    ${(orderedRun.ms / 1000).toFixed(2)} s (runs ${runs.ordered.map((r) => (r.ms / 1000).toFixed(2)).join(', ')} s), peak RSS ${orderedRun.maxRssMB.toFixed(0)} MB`);
say(`Trellis org report (figures):    ${(factsRun.ms / 1000).toFixed(2)} s (median of runs ${runs.facts.map((r) => (r.ms / 1000).toFixed(2)).join(', ')} s), peak RSS ${Math.max(...runs.facts.map((r) => r.maxRssMB)).toFixed(0)} MB`);
say(`  with every drill-down list:     ${(eventsRun.ms / 1000).toFixed(2)} s (median of runs ${runs.withEvents.map((r) => (r.ms / 1000).toFixed(2)).join(', ')} s), peak RSS ${Math.max(...runs.withEvents.map((r) => r.maxRssMB)).toFixed(0)} MB`);
const speedup = sqlRun.ms / factsRun.ms;
say(`speed-up over the baseline ${speedup.toFixed(1)}× (target ≥ 5×: ${speedup >= 5 ? 'met' : 'NOT met'}); over the forced-order join ${(orderedRun.ms / factsRun.ms).toFixed(1)}×; peak RSS target ≤ 400 MB: ${Math.max(...runs.facts.map((r) => r.maxRssMB)) <= 400 ? 'met' : 'NOT met'}`);
for (const k of ['deployments', 'leadTimeMedianHours', 'leadTimeN'] as const) {
  const ok = same(factsRun.figures[k], sqlRun.figures[k]) && same(orderedRun.figures[k], sqlRun.figures[k]) && same(eventsRun.figures[k], sqlRun.figures[k]);
  if (!ok) failures++;
  console.log(`  ${k.padEnd(22)} Trellis ${String(factsRun.figures[k]).padEnd(22)} SQL ${String(sqlRun.figures[k]).padEnd(22)} ${ok ? 'agree' : 'DISAGREE'}`);
}
console.log(`  other figures: ${JSON.stringify(factsRun.figures)}`);
for (const [k, v] of Object.entries(eventsRun.figures)) {
  if (!same(v, factsRun.figures[k])) {
    failures++;
    console.log(`  ${k}: figures-only ${factsRun.figures[k]} vs with events ${v} DISAGREE`);
  }
}
if (flag('--with-today')) {
  const today = await orgRun('events');
  say(`previous path (every event in memory): ${(today.ms / 1000).toFixed(2)} s, peak RSS ${today.maxRssMB.toFixed(0)} MB`);
  for (const [k, v] of Object.entries(today.figures)) {
    if (!same(v, factsRun.figures[k])) {
      failures++;
      console.log(`  ${k}: previous ${v} vs facts ${factsRun.figures[k]} DISAGREE`);
    }
  }
}

}

// 2. Cold team reports: the use case without a cache, each of the 250 teams once.
const store = await openStore(db);
const deps = { delivery: new DeliveryRepository(store.db), org: new OrgRepository(store.db), runtime: { now: () => to } };
const operator = { kind: 'operator' } as const;
const teams = (await store.db.selectFrom('teams').select('id').where('id', 'in', store.db.selectFrom('services').select('team')).orderBy('id').execute()).map((t) => t.id);
if (!loadOnly) {
// Warm-up, outside the measurement: a server's report worker has compiled the code and seen the
// time zones before its first real request; this process has not.
for (const id of teams.slice(0, 20)) await deliveryFigures(deps, operator, { scope: { kind: 'team', id }, from: from - 7 * DAY, to: to - 7 * DAY });
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
const rounds: { median: number; p90: number; p99: number; max: number }[] = [];
for (let r = 0; r < repeat; r++) {
  const times: number[] = [];
  for (const id of teams) {
    const t = performance.now();
    await deliveryFigures(deps, operator, { scope: { kind: 'team', id }, from, to });
    times.push(performance.now() - t);
  }
  const sorted = [...times].sort((a, b) => a - b);
  rounds.push({ median: pct(sorted, 0.5), p90: pct(sorted, 0.9), p99: pct(sorted, 0.99), max: sorted.at(-1)! });
}
const med = (k: 'median' | 'p90' | 'p99' | 'max') => medianOf(rounds.map((x) => x[k]));
console.log(`\n# cold team reports, 90 days, ${teams.length} teams one after another (no cache), ${repeat} rounds`);
say(`median ${med('median').toFixed(1)} ms, p90 ${med('p90').toFixed(1)} ms, p99 ${med('p99').toFixed(1)} ms, max ${med('max').toFixed(1)} ms — medians over rounds (p99 per round: ${rounds.map((x) => x.p99.toFixed(1)).join(', ')}) (targets: median ≤ 5 ms ${med('median') <= 5 ? 'met' : 'NOT met'}, p99 ≤ 20 ms ${med('p99') <= 20 ? 'met' : 'NOT met'})`);
let checked = 0;
let differing = 0;
const eventTimes: number[] = [];
const previousTimes: number[] = [];
const figureTimes: number[] = [];
for (const id of teams.filter((_, i) => i % Math.ceil(teams.length / 20) === 0)) {
  const scope = await resolveScope(deps, operator, { kind: 'team', id });
  let t = performance.now();
  const figures = await deliveryFigures(deps, operator, { scope: { kind: 'team', id }, from, to });
  figureTimes.push(performance.now() - t);
  t = performance.now();
  const a = await deliveryFigures(deps, operator, { scope: { kind: 'team', id }, from, to, detail: 'events' });
  eventTimes.push(performance.now() - t);
  t = performance.now();
  const b = await reportFromEvents(deps, scope, { from, to });
  previousTimes.push(performance.now() - t);
  if (JSON.stringify(a) !== JSON.stringify(b) || JSON.stringify(figures) !== JSON.stringify({ ...b, metrics: figuresOnly(b.metrics) })) {
    failures++;
    differing++;
    console.log(`  team ${id}: the facts report differs from the previous path`);
  }
  checked++;
}
console.log(`  ${checked} teams checked against the previous path (every figure, the trend, and with events every event list): ${differing === 0 ? 'identical' : `${differing} DIFFER`}`);
say(`  the same ${checked} teams, median: figures ${medianOf(figureTimes).toFixed(1)} ms; with events ${medianOf(eventTimes).toFixed(1)} ms; baseline (every event of the team in memory, the previous path) ${medianOf(previousTimes).toFixed(1)} ms`);
}

// 4. Cold outcome comparisons: what a living document or packet computes for each evidence item
// with an outcome link when the cache has nothing (a new data version, a fresh server).
if (!loadOnly && !flag('--skip-outcomes')) {
  const services = (await store.db.selectFrom('services').select('id').orderBy('id').execute()).map((s) => s.id).filter((_, i, all) => i % Math.ceil(all.length / 50) === 0);
  const scopes = [
    ...(await Promise.all(teams.map((id) => resolveScope(deps, operator, { kind: 'team', id })))),
    ...(await Promise.all(services.map((id) => resolveScope(deps, operator, { kind: 'service', id })))),
  ];
  // Early in the data, in the middle, and near its end (the after side shortened, the lag applied).
  const moments = [to - 400 * DAY, to - 150 * DAY, to - 40 * DAY];
  const jobs: ComparisonJob[] = scopes.flatMap((scope) => moments.map((t) => ({ scope, t, windowDays: 90 })));
  for (const job of jobs.slice(0, 10)) await computeComparison(deps, job); // warm-up (compiled code)
  const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  const rounds: { median: number; p99: number; max: number }[] = [];
  for (let r = 0; r < repeat; r++) {
    const times: number[] = [];
    for (const job of jobs) {
      const t = performance.now();
      await computeComparison(deps, job);
      times.push(performance.now() - t);
    }
    const sorted = times.sort((a, b) => a - b);
    rounds.push({ median: pct(sorted, 0.5), p99: pct(sorted, 0.99), max: sorted.at(-1)! });
  }
  const med = (k: 'median' | 'p99' | 'max') => medianOf(rounds.map((x) => x[k]));
  console.log(`\n# cold outcome comparisons, 90 days each side: ${teams.length} teams and ${services.length} services × ${moments.length} moments = ${jobs.length}, one after another (no cache), ${repeat} rounds`);
  say(`from the stored facts: median ${med('median').toFixed(1)} ms, p99 ${med('p99').toFixed(1)} ms, max ${med('max').toFixed(1)} ms — medians over rounds (p99 per round: ${rounds.map((x) => x.p99.toFixed(1)).join(', ')})`);
  const factsTimes: number[] = [];
  const eventTimes: number[] = [];
  let differ = 0;
  const sample = jobs.filter((_, i) => i % Math.ceil(jobs.length / 40) === 0);
  for (const job of sample) {
    let t = performance.now();
    const a = await computeComparison(deps, job);
    factsTimes.push(performance.now() - t);
    t = performance.now();
    const b = await comparisonFromEvents(deps, job.scope, job);
    eventTimes.push(performance.now() - t);
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      failures++;
      differ++;
      console.log(`  ${job.scope.kind} ${job.scope.id} at ${new Date(job.t).toISOString().slice(0, 10)}: the facts comparison differs from the previous path`);
    }
  }
  const ratio = medianOf(eventTimes) / medianOf(factsTimes);
  console.log(`  ${sample.length} comparisons checked against the previous path (every figure, interval and verdict): ${differ === 0 ? 'identical' : `${differ} DIFFER`}`);
  say(`  the same ${sample.length}, median: from the facts ${medianOf(factsTimes).toFixed(1)} ms; baseline (every event of the scope up to the after side's end, the previous path) ${medianOf(eventTimes).toFixed(1)} ms — ${ratio.toFixed(1)}× faster`);
}

// 3. Mixed cold load against server processes.
if (!flag('--skip-load')) {
  const { password } = await createDemoAccounts(store);
  await store.close();
  const summaries: { p99: number[]; errors: number; perSecond: number[]; health: number[] } = { p99: [], errors: 0, perSecond: [], health: [] };
  // Each repetition starts its own server processes (fresh caches and workers).
  for (let r = 0; r < repeat; r++) {
    const servers = await Promise.all(
      Array.from({ length: instances }, () => {
        const p = spawn(process.execPath, [...tsx, 'bench/scale/server.ts', db], { stdio: ['ignore', 'pipe', 'inherit'] });
        return new Promise<{ proc: typeof p; address: string; workers: number }>((resolve) => {
          p.stdout.once('data', (d: Buffer) => resolve({ proc: p, ...(JSON.parse(d.toString().trim().split('\n')[0]!) as { address: string; workers: number }) }));
        });
      }),
    );
    const signIn = await fetch(`${servers[0]!.address}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: servers[0]!.address },
      body: JSON.stringify({ email: 'sofia@lumen.example', password }),
    });
    if (signIn.status !== 200) throw new Error(`sign-in failed: ${signIn.status}`);
    const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const paths = teams.flatMap((id) => [7, 30, 90, 180, 365].map((d) => `/api/delivery/teams/${encodeURIComponent(id)}?env=production&from=${new Date(to - d * DAY).toISOString()}&to=${new Date(to).toISOString()}`));
    // Warm-up, outside the measurement: each instance's report workers start and compile first
    // (seconds under tsx on a busy machine), then answer a few reports of every window length.
    for (const s of servers) {
      for (const p of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => paths[(i * 97) % paths.length]!)) {
        const res = await fetch(`${s.address}${p}`, { headers: { cookie } });
        if (res.status !== 200) throw new Error(`warm-up: ${p} answered ${res.status}`);
      }
    }
    writeFileSync('bench/out/load-spec.json', JSON.stringify({ addresses: servers.map((s) => s.address), cookie, paths, connections: 50, seconds: 20 }));
    console.log(`\n# mixed cold load ${r + 1}/${repeat}: ${teams.length} teams × 5 windows (${paths.length} URLs), 50 clients, 20 s, ${instances} server process(es), ${servers[0]!.workers} report worker(s) each`);
    const before = load();
    const result = JSON.parse(await child('bench/scale/load.ts', ['bench/out/load-spec.json'])) as { health: Record<string, number>; reports: Record<string, number>[] };
    result.reports.forEach((rep, i) => {
      const errors = rep.errors! + rep.non2xx!;
      summaries.errors += errors;
      summaries.p99.push(rep.p99!);
      summaries.perSecond.push(rep.perSecond!);
      say(`instance ${i + 1}: ${rep.requests} requests (${rep.perSecond!.toFixed(0)}/s), p50 ${rep.p50} ms, p90 ${rep.p90} ms, p99 ${rep.p99} ms, max ${rep.max} ms, errors ${errors} (timeouts ${rep.timeouts})`);
    });
    const h = result.health;
    summaries.health.push(h.p99!);
    say(`/api/health during it: ${h.requests} requests, p50 ${h.p50} ms, p99 ${h.p99} ms, max ${h.max} ms (load before ${before})`);
    await Promise.all(servers.map((s) => new Promise((resolve) => { s.proc.once('exit', resolve); s.proc.kill('SIGTERM'); })));
  }
  const p99 = medianOf(summaries.p99);
  const health = medianOf(summaries.health);
  say(`mixed cold load, median over ${repeat} run(s) × ${instances} instance(s): ${medianOf(summaries.perSecond).toFixed(0)} req/s per instance, p99 ${p99} ms (runs ${summaries.p99.join(', ')}), /api/health p99 ${health} ms (runs ${summaries.health.join(', ')}), errors ${summaries.errors} — targets 0 errors ${summaries.errors === 0 ? 'met' : 'NOT met'}, p99 ≤ 250 ms ${p99 <= 250 ? 'met' : 'NOT met'}, health p99 ≤ 50 ms ${health <= 50 ? 'met' : 'NOT met'}`);
} else {
  await store.close();
}
if (failures > 0) {
  console.log(`\n${failures} disagreement(s)`);
  process.exitCode = 1;
}
