/**
 * The one `git log` format the ingester reads, and its parser.
 *
 * Fields are separated by US (0x1f) and commits by NUL (`-z`): neither can occur in a sha, an
 * email or a unix time, and `%s` never holds a newline or NUL, so a commit is always exactly one
 * record whatever its subject says. The subject is last, so a stray US inside it stays in it.
 * Bodies are not read here (most commits do not need them; see revert.ts).
 */

export const LOG_FORMAT = '%H%x1f%P%x1f%ae%x1f%at%x1f%ct%x1f%s';
const SEP = '\x1f';
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const UNIX = /^-?\d{1,12}$/;

export interface LogCommit {
  sha: string;
  parents: string[];
  authorEmail: string;
  /** Unix seconds. */
  authorTime: number;
  /** Unix seconds. */
  committerTime: number;
  subject: string;
}

/** A malformed `git log` record; `record` is its 1-based position in the output. */
export class LogFormatError extends Error {
  constructor(
    readonly record: number,
    problem: string,
    text: string,
  ) {
    super(`git log record ${record}: ${problem} (got ${JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text)})`);
    this.name = 'LogFormatError';
  }
}

export function parseLogRecord(text: string, record: number): LogCommit {
  const parts = text.split(SEP);
  if (parts.length < 6) throw new LogFormatError(record, `expected 6 fields separated by 0x1f, found ${parts.length}`, text);
  const [sha, parents, authorEmail, at, ct] = parts as [string, string, string, string, string];
  if (!SHA.test(sha)) throw new LogFormatError(record, 'the commit is not a full sha', text);
  const parentList = parents === '' ? [] : parents.split(' ');
  for (const p of parentList) if (!SHA.test(p)) throw new LogFormatError(record, 'a parent is not a full sha', text);
  if (!UNIX.test(at) || !UNIX.test(ct)) throw new LogFormatError(record, 'author or committer time is not a unix time', text);
  return {
    sha,
    parents: parentList,
    authorEmail,
    authorTime: Number(at),
    committerTime: Number(ct),
    subject: parts.length === 6 ? parts[5]! : parts.slice(5).join(SEP),
  };
}

/** What git prints for a commit with LOG_FORMAT: the inverse of parseLogRecord (used by tests). */
export function formatLogRecord(c: LogCommit): string {
  return [c.sha, c.parents.join(' '), c.authorEmail, String(c.authorTime), String(c.committerTime), c.subject].join(SEP);
}
