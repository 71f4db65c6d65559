import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks, and ends lines with CRLF', () => {
    expect(toCsv(['name', 'note'], [['Okafor, Amara', 'said "hi"\nthen left'], ['Dev', null]])).toBe('name,note\r\n"Okafor, Amara","said ""hi""\nthen left"\r\nDev,\r\n');
  });

  it('keeps text that a spreadsheet would run as a formula as text, and numbers as numbers', () => {
    expect(toCsv(['a', 'b', 'c'], [['=HYPERLINK("x")', -3, '@sum']])).toBe(`a,b,c\r\n"'=HYPERLINK(""x"")",-3,'@sum\r\n`);
  });

  it('round-trips any text through a CSV parser (apart from the formula guard)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string().filter((s) => !/^[=+\-@\t\r]/.test(s)), { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const parsed = parse(toCsv(['x', 'y'], rows), { relax_column_count: false }) as string[][];
        expect(parsed).toEqual([['x', 'y'], ...rows]);
      }),
    );
  });
});
