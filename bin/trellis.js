#!/usr/bin/env node
// The installed entry point. `npm install` runs `prepare`, which compiles src/ into dist/.
// When dist/ is missing (a checkout installed with --ignore-scripts), say how to fix it
// instead of failing with a module-not-found stack trace.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('trellis: the compiled CLI is missing (dist/). Run `npm run build` first.\n');
  process.exit(1);
}
await import(entry.href);
