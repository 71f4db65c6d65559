import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Assembling the program (what `trellis --help`, `--version` and a mistyped command pay) loads
 * commander and Trellis's own light modules only: the database drivers, the validation library,
 * the web server and the parsers are imported by the commands that use them, when they run.
 */
describe('trellis start-up', () => {
  it('assembles the whole program without loading any heavy dependency', () => {
    // An ESM loader hook in the child reports every package it loads.
    const hook = `export async function load(url, context, next) {
      const m = url.match(/node_modules\\/((?:@[^/]+\\/)?[^/]+)/);
      if (m) process.stderr.write('PACKAGE ' + m[1] + '\\n');
      return next(url, context);
    }`;
    const register = `import { register } from 'node:module'; register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));`;
    const script = `const { buildProgram } = await import('./src/cli/program.ts'); const p = buildProgram(); console.log(p.commands.length);`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', `data:text/javascript,${encodeURIComponent(register)}`, '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(Number(r.stdout.trim())).toBeGreaterThan(10);
    const loaded = new Set([...r.stderr.matchAll(/^PACKAGE (.+)$/gm)].map((m) => m[1]));
    expect(loaded.has('commander')).toBe(true);
    const heavy = ['kysely', 'zod', 'fastify', 'pg', 'better-sqlite3', 'yaml', 'ajv', 'marked', 'csv-parse', 'cli-progress', 'openid-client', 'pino'];
    expect(heavy.filter((p) => loaded.has(p))).toEqual([]);
  });
});
