import { afterEach, describe, expect, it, vi } from 'vitest';
import { leftOutText, progressLines, sinceOption } from './backfill-options.js';

describe('backfill command options', () => {
  afterEach(() => vi.restoreAllMocks());

  it('--since: canonical ISO, undefined when absent, BAD_INPUT naming the value otherwise', () => {
    expect(sinceOption(undefined)).toBeUndefined();
    expect(sinceOption('2024-01-01')).toBe('2024-01-01T00:00:00.000Z');
    expect(sinceOption('2024-03-01T10:00:00+02:00')).toBe('2024-03-01T08:00:00.000Z');
    expect(() => sinceOption('yesterday')).toThrow('--since "yesterday" is not an ISO 8601 time');
    expect(() => sinceOption('2024-13-45')).toThrow(/is not an ISO 8601 time/);
  });

  it('progress: a line at most every few seconds, with the count so far', () => {
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true));
    let clock = 0;
    const progress = progressLines('acme/checkout', 3000, () => clock);
    progress('records', 100);
    clock = 2999;
    progress('records', 200);
    clock = 3000;
    progress('records', 1300);
    clock = 4000;
    progress('records', 1400);
    clock = 6000;
    progress('records', 12500);
    expect(lines).toEqual(['acme/checkout: 1,300 records read…\n', 'acme/checkout: 12,500 records read…\n']);
  });

  it('left out: the first three reasons, an ellipsis beyond, nothing when none', () => {
    expect(leftOutText({ skipped: 0, skippedReasons: [] })).toBe('');
    expect(leftOutText({ skipped: 2, skippedReasons: ['a', 'b'] })).toBe('; 2 left out (a; b)');
    expect(leftOutText({ skipped: 5, skippedReasons: ['a', 'b', 'c', 'd'] })).toBe('; 5 left out (a; b; c; …)');
  });
});
