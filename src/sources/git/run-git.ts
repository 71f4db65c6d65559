/**
 * Running git as a child process (never a shell) and streaming its output record by record.
 *
 * Revisions go in on stdin (`--stdin`), not argv: a repository with thousands of tags would
 * otherwise overflow the argument list. Any failure of git — not a repository, a missing object
 * in a broken clone, git not installed — becomes a GitError carrying git's own first words, so
 * the user sees what git said rather than a stack trace.
 */
import { spawn } from 'node:child_process';

export class GitError extends Error {
  constructor(
    message: string,
    /** True when git itself could not be started (not installed). */
    readonly notInstalled = false,
  ) {
    super(message);
    this.name = 'GitError';
  }
}

export interface GitRun {
  repo: string;
  args: string[];
  /** Written to git's stdin, then closed. */
  input?: string;
  /** Record separator of the output: '\0' with `-z`, '\n' otherwise. */
  separator?: string;
}

/** Yields git's output split into records (empty ones dropped); throws GitError if git fails. */
export async function* gitRecords(run: GitRun): AsyncGenerator<string> {
  for await (const batch of gitRecordBatches(run)) yield* batch;
}

/**
 * The same, a batch of records per read from git's pipe: at 100,000 commits, a trip through an
 * async generator per record costs more than parsing it.
 */
export async function* gitRecordBatches(run: GitRun): AsyncGenerator<string[]> {
  const child = spawn('git', ['-C', run.repo, ...run.args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
  let stderr = '';
  let spawnError: Error | undefined;
  child.on('error', (e) => (spawnError = e));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr.length < 8192 ? (stderr += c) : undefined));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  // git may exit before reading all of stdin (e.g. not a repository): that is reported below.
  child.stdin.on('error', () => undefined);
  child.stdin.end(run.input ?? '');

  const sep = run.separator ?? '\n';
  let rest = '';
  let drained = false;
  try {
    child.stdout.setEncoding('utf8');
    for await (const chunk of child.stdout as AsyncIterable<string>) {
      const parts = (rest + chunk).split(sep);
      rest = parts.pop()!;
      const records = parts.filter((p) => p !== '');
      if (records.length > 0) yield records;
    }
    drained = true;
  } finally {
    // A consumer that stops early (or fails) must not leave git running.
    if (!drained && child.exitCode === null) child.kill();
  }
  const code = await exited;
  if (spawnError) throw new GitError(`cannot run git: ${spawnError.message}`, (spawnError as NodeJS.ErrnoException).code === 'ENOENT');
  if (code !== 0) throw new GitError(firstLines(stderr) || `git ${run.args[0]} exited with code ${code}`);
  if (rest !== '') yield [rest];
}

/** The whole output as records, for small commands (for-each-ref, rev-parse, rev-list). */
export async function gitList(run: GitRun): Promise<string[]> {
  const out: string[] = [];
  for await (const r of gitRecords(run)) out.push(r);
  return out;
}

function firstLines(text: string): string {
  return text.trim().split('\n').slice(0, 3).join(' / ');
}
