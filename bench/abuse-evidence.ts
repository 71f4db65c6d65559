/**
 * bench/abuse-evidence: one engineer's session used to flood their living document (issue 11,
 * item 15). Against a real `trellis serve` in its own process (so the load generator does not
 * share the server's event loop), on a fresh demo database:
 *
 *   1. /api/health p99 with nothing else going on (the floor);
 *   2. 50 clients post evidence items as Amara for 20 s (autocannon) — counting what was stored
 *      and what was refused (429 rate limit, 422 document full);
 *   3. the document as the web page reads it: response size and item count;
 *   4. 20 clients read the document for 10 s while one client probes /api/health: reader p99
 *      and /api/health p99 while reading.
 *
 *   npm run bench:abuse                    # writes bench/out/abuse.db anew
 *   npm run bench:abuse -- --seconds 10    # a shorter flood
 *
 * It runs the CLI from the sources (tsx), so the same script measures any checkout.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import autocannon from 'autocannon';

const flag = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const floodSeconds = flag('--seconds', 20);
const readSeconds = flag('--read-seconds', 10);
const port = flag('--port', 3917);
const db = 'bench/out/abuse.db';
const base = `http://127.0.0.1:${port}`;
const cli = [process.execPath, '--import', 'tsx', 'src/cli/main.ts'] as const;

mkdirSync('bench/out', { recursive: true });
for (const s of ['', '-wal', '-shm']) rmSync(`${db}${s}`, { force: true });
console.log(`Creating the demo in ${db} …`);
const password = await demoPassword();

const server = spawn(cli[0], [...cli.slice(1), 'serve', '--db', db, '--port', String(port)], { env: { ...process.env, LOG_LEVEL: 'silent' }, stdio: ['ignore', 'ignore', 'inherit'] });
try {
  await waitForHealth();
  const { cookie, csrf } = await signIn('amara@lumen.example', password);
  const headers = { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json', origin: base };

  const idle = await autocannon({ url: `${base}/api/health`, connections: 1, duration: 5 });
  console.log(`/api/health alone: p50 ${idle.latency.p50} ms, p99 ${idle.latency.p99} ms`);

  const before = await documentSize(cookie);
  const notes = 'What changed, for whom, and how we know. '.repeat(25); // ~1 KB, like a real entry
  let n = 0;
  const flood = await autocannon({
    url: `${base}/api/people/amara-okafor/evidence`,
    method: 'POST',
    connections: 50,
    duration: floodSeconds,
    headers,
    setupClient: (client) => {
      client.setBody(JSON.stringify({ title: `Flood item ${n++}`, date: '2026-06-02', kind: 'learning', notes }));
    },
  });
  const codes = flood.statusCodeStats as unknown as Record<string, { count: number }>;
  const count = (c: string) => codes[c]?.count ?? 0;
  console.log(`flood: ${floodSeconds} s × 50 clients posting evidence as Amara: ${count('201')} stored, ${count('429')} refused 429 (rate), ${count('422')} refused 422 (document full), ${flood.errors} errors`);

  const after = await documentSize(cookie);
  console.log(`document as the page reads it: ${(before.bytes / 1024).toFixed(1)} KB before → ${(after.bytes / 1024 / 1024).toFixed(2)} MB after; items ${before.items} → ${after.items} (${after.shown} in the response)`);

  const [readers, health] = await Promise.all([
    autocannon({ url: `${base}/api/people/amara-okafor/document`, connections: 20, duration: readSeconds, headers: { cookie } }),
    autocannon({ url: `${base}/api/health`, connections: 1, duration: readSeconds }),
  ]);
  console.log(`20 readers for ${readSeconds} s: ${readers.requests.total} reads, p50 ${readers.latency.p50} ms, p99 ${readers.latency.p99} ms, non-2xx ${readers.non2xx}, errors ${readers.errors}`);
  console.log(`/api/health while reading: ${health.requests.total} probes answered, p50 ${health.latency.p50} ms, p99 ${health.latency.p99} ms, errors ${health.errors} (alone: p99 ${idle.latency.p99} ms)`);
  console.log(
    `\nSUMMARY document ${(after.bytes / 1024 / 1024).toFixed(2)} MB (${after.items} items) | reader p99 ${readers.latency.p99} ms | /api/health p99 while reading ${health.latency.p99} ms`,
  );
} finally {
  server.kill('SIGTERM');
}

async function demoPassword(): Promise<string> {
  // `demo --no-serve` creates the organisation and prints the one password of its accounts (stderr).
  const child = spawn(cli[0], [...cli.slice(1), 'demo', '--db', db, '--no-serve'], { env: { ...process.env, LOG_LEVEL: 'silent' } });
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  await new Promise((resolve) => child.on('close', resolve));
  const m = /Password for every demo account: (\S+)/.exec(err);
  if (!m) throw new Error(`no demo password in:\n${err}`);
  return m[1]!;
}

async function waitForHealth(): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the server did not start');
}

async function signIn(email: string, pw: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${base}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ email, password: pw }) });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

/** What the living-document page asks for (no query: the server's default). */
async function documentSize(cookie: string): Promise<{ bytes: number; items: number; shown: number }> {
  const res = await fetch(`${base}/api/people/amara-okafor/document`, { headers: { cookie } });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`document: ${res.status} ${text.slice(0, 200)}`);
  const doc = JSON.parse(text) as { evidence: unknown[]; evidencePage?: { total: number } };
  return { bytes: Buffer.byteLength(text), items: doc.evidencePage?.total ?? doc.evidence.length, shown: doc.evidence.length };
}
