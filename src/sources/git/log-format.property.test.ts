import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLogRecord, LogFormatError, parseLogRecord, type LogCommit } from './log-format.js';

const sha = fc.stringMatching(/^[0-9a-f]{40}$/);
const commit: fc.Arbitrary<LogCommit> = fc.record({
  sha,
  parents: fc.array(sha, { maxLength: 4 }),
  // Emails and subjects may hold anything git can print in them: no NUL (the record separator)
  // and, for emails, no US; a subject may even contain US, since it is the last field.
  authorEmail: fc.string({ maxLength: 60 }).filter((s) => !/[\0\x1f]/.test(s)),
  authorTime: fc.integer({ min: -1e10, max: 1e11 }),
  committerTime: fc.integer({ min: 0, max: 1e11 }),
  subject: fc.string({ unit: 'grapheme', maxLength: 120 }).filter((s) => !s.includes('\0')),
});

describe('git log record parser', () => {
  it('round-trips any commit', () => {
    fc.assert(
      fc.property(commit, fc.nat({ max: 1e6 }), (c, n) => {
        expect(parseLogRecord(formatLogRecord(c), n + 1)).toEqual(c);
      }),
    );
  });

  it('rejects a malformed record with an error naming the record', () => {
    fc.assert(
      fc.property(commit, fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 0, max: 4 }), (c, n, broken) => {
        const fields = formatLogRecord(c).split('\x1f');
        if (broken === 0) fields[0] = fields[0]!.slice(1); // short sha
        else if (broken === 1) fields[1] = `${fields[1]} zz`; // bad parent
        else if (broken === 2) fields[3] = 'yesterday';
        else if (broken === 3) fields[4] = '';
        else fields.splice(1, 2); // fields missing
        let error: unknown;
        try {
          parseLogRecord(fields.join('\x1f'), n);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(LogFormatError);
        expect((error as Error).message).toMatch(new RegExp(`^git log record ${n}: .+ \\(got ".*`, 's'));
      }),
    );
  });
});
