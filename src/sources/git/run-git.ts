/**
 * Running git as a child process (never a shell) and streaming its output record by record.
 *
 * Revisions go in on stdin (`--stdin`), not argv: a repository with thousands of tags would
 * otherwise overflow the argument list. Any failure of git — not a repository, a missing object
 * in a broken clone, git not installed — becomes a GitError carrying git's own first words, so
 * the user sees what git said rather than a stack trace.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';

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
  /**
   * Let git write into a temporary file that is read as it grows, instead of a pipe. For long
   * outputs read by a consumer that does slow work between reads (the log of a whole history,
   * written to the store as it streams): a pipe holds 64 KB, so git would stop whenever the
   * consumer is busy, and the two would take turns instead of running side by side.
   */
  spool?: boolean;
  /** Where the spool file is made (a fresh directory inside it); the system's temporary directory by default. */
  spoolDir?: string;
  /** Bytes read from the spooled output at a time (tests make it tiny). */
  readBytes?: number;
}

/** Yields git's output split into records (empty ones dropped); throws GitError if git fails. */
export async function* gitRecords(run: GitRun): AsyncGenerator<string> {
  for await (const batch of gitRecordBatches(run)) yield* batch;
}

/**
 * The same, a batch of records per read of git's output: at 100,000 commits, a trip through an
 * async generator per record costs more than parsing it.
 */
export async function* gitRecordBatches(run: GitRun): AsyncGenerator<string[]> {
  // Spooling only makes git faster; where no temporary file can be made, the pipe still works.
  const spool = run.spool ? await spoolFile(run.spoolDir ?? tmpdir()).catch(() => undefined) : undefined;
  const git = startGit(run, spool?.writeFd);
  const sep = run.separator ?? '\n';
  const split = recordSplitter(sep);
  let drained = false;
  try {
    const chunks = spool ? readGrowing(spool, git, run.readBytes ?? READ_BYTES) : (git.child.stdout!.setEncoding('utf8') as AsyncIterable<string>);
    for await (const chunk of chunks) {
      const records = split.push(chunk);
      if (records.length > 0) yield records;
    }
    drained = true;
  } finally {
    // A consumer that stops early (or fails) must not leave git running.
    if (!drained && git.child.exitCode === null) git.child.kill();
    await spool?.remove();
  }
  await git.done();
  const rest = split.end();
  if (rest.length > 0) yield rest;
}

/** The whole output as records, for small commands (for-each-ref, rev-parse, rev-list). */
export async function gitList(run: GitRun): Promise<string[]> {
  const out: string[] = [];
  for await (const r of gitRecords(run)) out.push(r);
  return out;
}

interface RunningGit {
  child: ChildProcess;
  /** True once git has exited and its stdio is closed. */
  exited(): boolean;
  /** Settles when git has exited. */
  closed: Promise<void>;
  /** Resolves when git has exited cleanly; throws GitError otherwise. */
  done(): Promise<void>;
}

function startGit(run: GitRun, stdoutFd: number | undefined): RunningGit {
  const child = spawn('git', ['-C', run.repo, ...run.args], {
    stdio: ['pipe', stdoutFd ?? 'pipe', 'pipe'],
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
  });
  // git holds its own copy of the file now; ours would only keep it open.
  if (stdoutFd !== undefined) closeSync(stdoutFd);
  let stderr = '';
  let spawnError: Error | undefined;
  let code: number | null | undefined;
  child.on('error', (e) => (spawnError = e));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr.length < 8192 ? (stderr += c) : undefined));
  const closed = new Promise<void>((resolve) =>
    child.on('close', (c) => {
      code = c;
      resolve();
    }),
  );
  // git may exit before reading all of stdin (e.g. not a repository): that is reported by done().
  child.stdin!.on('error', () => undefined);
  child.stdin!.end(run.input ?? '');
  return {
    child,
    closed,
    exited: () => code !== undefined,
    async done() {
      await closed;
      if (spawnError) throw new GitError(`cannot run git: ${spawnError.message}`, (spawnError as NodeJS.ErrnoException).code === 'ENOENT');
      if (code !== 0) throw new GitError(firstLines(stderr) || `git ${run.args[0]} exited with code ${code}`);
    },
  };
}

interface SpoolFile {
  writeFd: number;
  reader: FileHandle;
  remove(): Promise<void>;
}

/** A fresh file in a new directory under `parent`, open for git to write and for us to read. */
async function spoolFile(parent: string): Promise<SpoolFile> {
  const dir = await mkdtemp(join(parent, 'trellis-git-log-'));
  const path = join(dir, 'output');
  try {
    const writeFd = openSync(path, 'wx', 0o600);
    const reader = await open(path, 'r');
    return {
      writeFd,
      reader,
      async remove() {
        await reader.close().catch(() => undefined);
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
}

/** How long to wait for git to write more when the reader has caught up. */
const POLL_MS = 2;
const READ_BYTES = 1 << 20;

/** The spooled output as text, chunk by chunk, until git has exited and all of it is read. */
async function* readGrowing(spool: SpoolFile, git: RunningGit, readBytes: number): AsyncGenerator<string> {
  // A multi-byte character cut by a read is completed by the next one.
  const decoder = new StringDecoder('utf8');
  const buffer = Buffer.allocUnsafe(readBytes);
  for (;;) {
    // Asked before reading: if git had exited then, a read that finds nothing means the end.
    const finished = git.exited();
    const { bytesRead } = await spool.reader.read(buffer, 0, readBytes, null);
    if (bytesRead > 0) {
      yield decoder.write(buffer.subarray(0, bytesRead));
      continue;
    }
    if (finished) break;
    await Promise.race([git.closed, new Promise((resolve) => setTimeout(resolve, POLL_MS))]);
  }
  const tail = decoder.end();
  if (tail !== '') yield tail;
}

/** Cuts text arriving in arbitrary chunks into records; empty records are dropped. */
export function recordSplitter(sep: string) {
  let rest = '';
  return {
    push(chunk: string): string[] {
      const parts = (rest + chunk).split(sep);
      rest = parts.pop()!;
      return parts.filter((p) => p !== '');
    },
    end(): string[] {
      const last = rest;
      rest = '';
      return last === '' ? [] : [last];
    },
  };
}

function firstLines(text: string): string {
  return text.trim().split('\n').slice(0, 3).join(' / ');
}
