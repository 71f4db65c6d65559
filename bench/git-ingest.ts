/**
 * bench/git-ingest: `trellis ingest git` on a large generated repository, next to a baseline
 * measured in the same run — `git log --branches --tags --format='%H %ct %P'` alone, the least
 * any ingester must pay (timed both through a pipe and into a file; the faster counts). Targets: full ingestion ≤ 1.5× the baseline; an incremental re-run on
 * the unchanged repository < 5% of the full run.
 *
 *   npm run bench:git                  # 100,000 commits, 300 deployment tags
 *   npm run bench:git -- 20000 60      # smaller
 *
 * The repository is built with `git fast-import` (seconds, not minutes): a main line with a
 * merge every 10 commits and a revert every 100, and a tag every commits/tags commits.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ingestGit } from '../src/app/ingest-git.js';
import { tagDeployments } from '../src/sources/git/deploy-tags.js';
import { ingestItems } from '../src/sources/git/git-records.js';
import { readRefs } from '../src/sources/git/refs.js';
import { openStore } from '../src/store/db.js';
import { migrateToLatest } from '../src/store/migrate.js';

const commits = Number(process.argv[2] ?? 100_000);
const tags = Number(process.argv[3] ?? 300);
const out = resolve('bench/out');
const repo = join(out, 'git-bench-repo');
const dbFile = join(out, 'git-bench.db');
mkdirSync(out, { recursive: true });

function fastImportStream(): string {
  const parts: string[] = [];
  const t0 = Date.parse('2020-01-01T00:00:00Z') / 1000;
  const every = Math.max(1, Math.floor(commits / tags));
  const data = (s: string) => `data ${Buffer.byteLength(s)}\n${s}\n`;
  for (let i = 1; i <= commits; i++) {
    const at = t0 + i * 600;
    const who = `dev${i % 40}@example.com`;
    const subject = i % 100 === 0 ? `Revert "change ${i - 5}"\n\nThis reverts commit ${i.toString(16).padStart(40, '0')}.\n` : `change ${i}\n`;
    const onTopic = i % 10 === 9;
    parts.push(`commit refs/heads/${onTopic ? 'topic' : 'main'}\nmark :${i}\nauthor D <${who}> ${at - 300} +0000\ncommitter D <${who}> ${at} +0000\n${data(subject)}`);
    // Every tenth commit merges a one-commit topic branched off main just before it.
    if (i % 10 === 0) parts.push(`from :${i - 2}\nmerge :${i - 1}\n`);
    else if (i > 1) parts.push(`from :${i - 1}\n`);
    if (i % every === 0) parts.push(`tag v${i / every}\nfrom :${i}\ntagger D <rel@example.com> ${at + 60} +0000\n${data(`release ${i / every}`)}`);
  }
  return parts.join('');
}

function buildRepo(): void {
  rmSync(repo, { recursive: true, force: true });
  spawnSync('git', ['init', '-q', '-b', 'main', repo]);
  const r = spawnSync('git', ['-C', repo, 'fast-import', '--quiet'], { input: fastImportStream(), maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`fast-import failed: ${r.stderr.toString()}`);
}

/**
 * The baseline, two ways: read through a pipe by this process, and written by git straight into
 * a file (as ingestion has git do, see run-git.ts; git never waits on a full pipe then). The
 * faster of the two is the baseline, so the ratio is never flattered by a slow pipe.
 */
function gitLogBaseline(into: 'pipe' | 'file'): Promise<number> {
  return new Promise((done, fail) => {
    const file = into === 'file' ? openSync(join(out, 'git-log-baseline.txt'), 'w') : undefined;
    const started = performance.now();
    const child = spawn('git', ['-C', repo, 'log', '--branches', '--tags', '--format=%H %ct %P'], { stdio: ['ignore', file ?? 'pipe', 'inherit'] });
    if (file !== undefined) closeSync(file);
    child.stdout?.on('data', () => undefined);
    child.on('error', fail);
    child.on('close', () => done((performance.now() - started) / 1000));
  });
}

async function ingest(fresh: boolean) {
  if (fresh) for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
  const store = await openStore(dbFile);
  await migrateToLatest(store);
  if (fresh) {
    await store.db.insertInto('teams').values({ id: 'bench', name: 'Bench', parent: null, timezone: null }).execute();
    await store.db.insertInto('services').values({ id: 'bench', name: 'Bench', team: 'bench' }).execute();
  }
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const summary = await ingestGit(store, { path: repo, service: 'bench', deployTags: '^v\\d' });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  await store.close();
  // Trellis's own CPU time, all threads (git's is not in it): with git on one core, this is what
  // the other core has to fit.
  return { seconds, summary, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

/** The git side alone (refs, log, reverts, deployment walk), nothing written. */
async function readOnly(): Promise<number> {
  const started = performance.now();
  const refs = await readRefs(repo);
  const deployments = tagDeployments(refs.tags, /^v\d/, 'bench', 'production');
  const counts = { commits: 0, merges: 0, reverts: 0, deployments: 0 };
  for await (const _ of ingestItems({ repo, service: 'bench', environment: 'production', from: refs.tips, exclude: [], deployments, writeFrom: 0 }, counts));
  return (performance.now() - started) / 1000;
}

const min = (xs: number[]) => Math.min(...xs);
console.log(`Building a repository of ${commits.toLocaleString('en')} commits and ${tags} tags with git fast-import …`);
let t = performance.now();
buildRepo();
console.log(`  built in ${((performance.now() - t) / 1000).toFixed(1)} s`);

const piped = min([await gitLogBaseline('pipe'), await gitLogBaseline('pipe'), await gitLogBaseline('pipe')]);
const filed = min([await gitLogBaseline('file'), await gitLogBaseline('file'), await gitLogBaseline('file')]);
const baseline = Math.min(piped, filed);
const read = min([await readOnly(), await readOnly(), await readOnly()]);
const fulls = [await ingest(true), await ingest(true), await ingest(true)];
const full = fulls.reduce((a, b) => (a.seconds <= b.seconds ? a : b));
const again = min([(await ingest(false)).seconds, (await ingest(false)).seconds, (await ingest(false)).seconds]);
t = process.memoryUsage().rss / 2 ** 20;

console.log(`baseline: git log --branches --tags   ${baseline.toFixed(3)} s  (read through a pipe ${piped.toFixed(3)} s, written to a file ${filed.toFixed(3)} s; the faster is the baseline)`);
console.log(`git side only (records built)          ${read.toFixed(3)} s  = ${(read / baseline).toFixed(2)}× the baseline`);
console.log(`full ingestion into fresh SQLite      ${full.seconds.toFixed(3)} s  = ${(full.seconds / baseline).toFixed(2)}× the baseline (target ≤ 1.5×)`);
console.log(`  ${JSON.stringify(full.summary)}; Trellis's own CPU time (all threads, git's not counted) ${full.cpuSeconds.toFixed(3)} s`);
console.log(`incremental re-run, unchanged repo    ${again.toFixed(3)} s  = ${((again / full.seconds) * 100).toFixed(1)}% of the full run (target < 5%)`);
console.log(`RSS at the end ${t.toFixed(0)} MB (best of 3 for each figure)`);
