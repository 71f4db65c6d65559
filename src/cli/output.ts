/**
 * Presenting results. Machine output (`--json`) goes to stdout and nothing else does; people
 * read tables on stdout and progress and logs on stderr.
 */
import { formatProblem, isTrellisError } from '../errors.js';

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function info(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** A plain aligned table; empty tables say so instead of printing a bare header. */
export function printTable(rows: Record<string, unknown>[], columns: string[], emptyMessage: string): void {
  if (rows.length === 0) {
    process.stdout.write(`${emptyMessage}\n`);
    return;
  }
  const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  const out = [line(columns.map((c) => c.toUpperCase())), ...rows.map((r) => line(columns.map((c) => cell(r[c]))))];
  process.stdout.write(`${out.join('\n')}\n`);
}

/** Print an error for a person and return the exit code it maps to (1 failure, 2 bad input). */
export function reportError(e: unknown): 1 | 2 {
  if (isTrellisError(e)) {
    process.stderr.write(`trellis: ${e.message}\n`);
    for (const p of e.problems) process.stderr.write(`  ${formatProblem(p)}\n`);
    return e.exitCode;
  }
  const err = e as Error;
  process.stderr.write(`trellis: unexpected error: ${err?.message ?? String(e)}\n`);
  if (err?.stack) process.stderr.write(`${err.stack}\n`);
  return 1;
}
