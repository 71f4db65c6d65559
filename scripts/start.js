#!/usr/bin/env node
// `npm start`: build when the compiled code is missing or older than the sources, then run
// `trellis demo` (extra arguments pass through: `npm start -- --port 4000`).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const stale = (built, sources) => !existsSync(built) || statSync(built).mtimeMs < Math.max(...sources.map(newest));
if (stale('dist/cli/main.js', ['src']) || stale('dist/web/index.html', ['web'])) {
  console.error('Building Trellis …');
  const r = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const r = spawnSync(process.execPath, ['bin/trellis.js', 'demo', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
