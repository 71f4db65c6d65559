/**
 * bench/delivery-api: the team delivery API at --scale large under 50 concurrent clients
 * (autocannon), next to two floors measured the same way in the same run: /api/health (public:
 * routing and one `select 1`, no sign-in check) and /api/auth/me (the sign-in check: session,
 * account and actor, no metrics). Target (issue 4): p99 ≤ 50 ms on SQLite.
 *
 *   npm run bench:delivery-api [-- path/to/large.db | postgres://…]
 *
 * Without a path it creates bench/out/large.db with `trellis demo --scale large` first (minutes).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import autocannon from 'autocannon';
import { createDemoAccounts } from '../src/app/create-demo-accounts.js';
import { isPostgresUrl, loadConfig } from '../src/config.js';
import { startServer } from '../src/http/server.js';
import { openStore } from '../src/store/db.js';
import { migrateToLatest } from '../src/store/migrate.js';

const db = process.argv[2] ?? 'bench/out/large.db';
if (!isPostgresUrl(db) && !existsSync(db)) {
  mkdirSync('bench/out', { recursive: true });
  console.log(`Creating ${db} (trellis demo --scale large) …`);
  execFileSync(process.execPath, ['bin/trellis.js', 'demo', '--scale', 'large', '--db', db, '--no-serve'], { stdio: 'inherit' });
}

const store = await openStore(db);
await migrateToLatest(store);
const { password } = await createDemoAccounts(store);
const running = await startServer({ store, config: loadConfig({}, { db, port: 0, logLevel: 'silent' }), signals: [] });
const signIn = await fetch(`${running.address}/api/auth/sign-in`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: running.address },
  body: JSON.stringify({ email: 'sofia@lumen.example', password }),
});
const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
if (signIn.status !== 200) throw new Error(`sign-in failed: ${signIn.status}`);

async function load(path: string): Promise<autocannon.Result> {
  return autocannon({ url: `${running.address}${path}`, connections: 50, duration: 10, headers: { cookie } });
}

// The request the team page makes: a 90-day window ending at the start of tomorrow (UTC), so the
// URL is stable all day. (Without from/to the window ends "now", rounded to the minute, and a run
// crossing a minute boundary would measure one recomputation of the report, not the route.)
const DAY = 86_400_000;
const to = Math.ceil(Date.now() / DAY) * DAY;
const window = `env=production&from=${new Date(to - 90 * DAY).toISOString()}&to=${new Date(to).toISOString()}`;
const url = `/api/delivery/teams/platform?${window}`;
let started = performance.now();
const first = await fetch(`${running.address}${url}`, { headers: { cookie } });
if (first.status !== 200) throw new Error(`team delivery answered ${first.status}: ${await first.text()}`);
const size = (await first.arrayBuffer()).byteLength;
console.log(`first request (computes the report): ${((performance.now() - started) / 1000).toFixed(2)} s, ${(size / 1024).toFixed(1)} KB`);
started = performance.now();
const drill = await fetch(`${running.address}/api/delivery/teams/platform/events?${window}&list=leadTimes`, { headers: { cookie } });
console.log(`one drill-down page (200 lead times): ${drill.status}, ${((await drill.arrayBuffer()).byteLength / 1024).toFixed(1)} KB, ${(performance.now() - started).toFixed(0)} ms`);

const health = await load('/api/health');
const me = await load('/api/auth/me');
const delivery = await load(url);
await running.close();

const line = (name: string, r: autocannon.Result) =>
  `${name.padEnd(34)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  errors ${r.errors + r.non2xx}`;
console.log(line('GET /api/health (baseline)', health));
console.log(line('GET /api/auth/me (signed-in floor)', me));
console.log(line('GET /api/delivery/teams/platform', delivery));
console.log(
  `p99 ratio to /api/health: ${(delivery.latency.p99 / Math.max(1, health.latency.p99)).toFixed(1)}×, to /api/auth/me: ${(delivery.latency.p99 / Math.max(1, me.latency.p99)).toFixed(1)}×; target p99 ≤ 50 ms: ${delivery.latency.p99 <= 50 ? 'met' : 'NOT met'}`,
);
