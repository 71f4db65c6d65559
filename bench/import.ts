/**
 * bench/import: records per second and peak RSS for importing 1,000,000 JSON lines, on SQLite and
 * on PostgreSQL, each next to a baseline measured in the same run (reading + JSON.parse of the
 * same file, storing nothing). Targets (issue 2): ≥ 50,000 records/s on SQLite, peak RSS < 300 MB.
 *
 *   npm run bench:import                 # builds, then 1,000,000 lines; PostgreSQL from TRELLIS_BENCH_PG_URL
 *   npm run bench:import -- 200000       # fewer lines
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import pg from 'pg';
import { writeBenchFile } from './import-data.js';

const lines = Number(process.argv[2] ?? 1_000_000);
const pgUrl = process.env.TRELLIS_BENCH_PG_URL ?? process.env.TRELLIS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
mkdirSync('bench/out', { recursive: true });
const file = 'bench/out/records.jsonl';

interface Run {
  seconds: number;
  records: number;
  maxRssMb: number;
}

function run(mode: string, target = ''): Run {
  const out = execFileSync(process.execPath, ['bench/import-worker.mjs', mode, file, target], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as Run;
}

function show(name: string, r: Run, base?: Run): void {
  const rate = r.records / r.seconds;
  const ratio = base ? `  ${(r.seconds / base.seconds).toFixed(2)}× the baseline's time` : '';
  console.log(`${name.padEnd(28)} ${r.records.toLocaleString('en')} records in ${r.seconds.toFixed(2)} s = ${Math.round(rate).toLocaleString('en')} records/s, peak RSS ${r.maxRssMb.toFixed(0)} MB${ratio}`);
}

console.log(`Writing ${lines.toLocaleString('en')} lines to ${file} …`);
await writeBenchFile(file, lines);

const baseline = run('parse-only');
show('baseline (read + parse)', baseline);

const dbFile = 'bench/out/import-bench.db';
for (const s of ['', '-wal', '-shm']) rmSync(`${dbFile}${s}`, { force: true });
const sqlite = run('import', dbFile);
show('trellis import, SQLite', sqlite, baseline);

let postgres: Run | undefined;
const schema = `trellis_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: pgUrl });
try {
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const sep = pgUrl.includes('?') ? '&' : '?';
  postgres = run('import', `${pgUrl}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`);
  show('trellis import, PostgreSQL', postgres, baseline);
} catch (e) {
  console.log(`PostgreSQL not measured: ${(e as Error).message}`);
} finally {
  await admin.query(`drop schema if exists ${schema} cascade`).catch(() => undefined);
  await admin.end().catch(() => undefined);
}

const sqliteRate = sqlite.records / sqlite.seconds;
console.log(`\nTargets: SQLite ≥ 50,000 records/s: ${sqliteRate >= 50_000 ? 'met' : 'NOT met'} (${Math.round(sqliteRate).toLocaleString('en')}); peak RSS < 300 MB: ${Math.max(sqlite.maxRssMb, postgres?.maxRssMb ?? 0) < 300 ? 'met' : 'NOT met'}`);
