/**
 * Presenting results. Machine output (`--json`) goes to stdout and nothing else does; people
 * read tables on stdout and progress and logs on stderr.
 *
 * Every printer here is the one way a command writes, and each passes what it prints through the
 * shared sanitiser (core/text/control-characters.ts): record data may carry terminal escape
 * sequences (a service named `ESC]0;…BEL ESC[2J`), which are shown as `\u001b…`, never obeyed.
 * JSON stays valid JSON with the same values.
 */
import { safeJson, safeLine, safeText } from '../core/text/control-characters.js';
import { formatProblem, isTrellisError } from '../errors.js';

export function printJson(value: unknown): void {
  process.stdout.write(`${safeJson(JSON.stringify(value, null, 2))}\n`);
}

/** Text for people on stdout (a report, a diff, an exported ladder): line feeds kept, other controls escaped. */
export function print(text: string): void {
  process.stdout.write(safeText(text));
}

export function info(message: string): void {
  process.stderr.write(`${safeText(message)}\n`);
}

/** A plain aligned table; empty tables say so instead of printing a bare header. */
export function printTable(rows: Record<string, unknown>[], columns: string[], emptyMessage: string): void {
  if (rows.length === 0) {
    process.stdout.write(`${safeText(emptyMessage)}\n`);
    return;
  }
  // One cell is one line: a line feed inside a name would break the table, so it is escaped too.
  const cell = (v: unknown) => (v === null || v === undefined ? '' : safeLine(String(v)));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  const out = [line(columns.map((c) => c.toUpperCase())), ...rows.map((r) => line(columns.map((c) => cell(r[c]))))];
  process.stdout.write(`${out.join('\n')}\n`);
}

/** Print an error for a person and return the exit code it maps to (1 failure, 2 bad input). */
export function reportError(e: unknown): 1 | 2 {
  if (isTrellisError(e)) {
    info(`trellis: ${e.message}`);
    for (const p of e.problems) info(`  ${formatProblem(p)}`);
    return e.exitCode;
  }
  const err = e as Error;
  info(`trellis: unexpected error: ${err?.message ?? String(e)}`);
  if (err?.stack) info(err.stack);
  return 1;
}
