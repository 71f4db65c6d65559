import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TrellisError } from '../../errors.js';
import { parseRatingsCsv } from './ratings-csv.js';

function problemsOf(text: string): string[] {
  try {
    parseRatingsCsv(text, 'r.csv');
  } catch (e) {
    expect(e).toBeInstanceOf(TrellisError);
    expect((e as TrellisError).exitCode).toBe(2);
    return (e as TrellisError).problems.map((p) => `${p.line ?? ''}:${p.field ?? ''}:${p.message}`);
  }
  throw new Error('expected the file to be refused');
}

describe('ratings CSV', () => {
  it('reads rater, unit and value in any column order, with extra columns', () => {
    const { ratings } = parseRatingsCsv('value,unit,rater,signal\n3,p1,ana,impact\n4,p1,ben,impact\n', 'r.csv');
    expect(ratings).toEqual([
      { rater: 'ana', unit: 'p1', value: 3, line: 2, signal: 'impact' },
      { rater: 'ben', unit: 'p1', value: 4, line: 3, signal: 'impact' },
    ]);
  });

  it('names a missing column on line 1', () => {
    expect(problemsOf('rater,unit\nana,p1\n')).toEqual(['1:value:the header has no "value" column (expected rater,unit,value)']);
  });

  it('names the line and column of a value that is not an integer', () => {
    expect(problemsOf('rater,unit,value\nana,p1,3\nben,p1,3.5\ncal,p1,high\n')).toEqual([
      '3:value:"3.5" is not an integer (ratings are ordinal: 1, 2, 3, …)',
      '4:value:"high" is not an integer (ratings are ordinal: 1, 2, 3, …)',
    ]);
  });

  it('refuses a file with one rater only', () => {
    expect(problemsOf('rater,unit,value\nana,p1,3\nana,p2,4\n')).toEqual(['2:rater:every rating is by "ana"; agreement needs at least two raters']);
  });

  it('refuses a rater who rated the same unit twice, naming both lines', () => {
    expect(problemsOf('rater,unit,value\nana,p1,3\nben,p1,2\nana,p1,4\n')).toEqual(['4:unit:ana rated p1 already on line 2; one rating per rater and unit']);
  });

  it('refuses an empty file and a file with a ragged row', () => {
    expect(problemsOf('')[0]).toMatch(/empty/);
    expect(problemsOf('rater,unit,value\nana,p1\n')[0]).toMatch(/^2:/);
  });

  it('reads back whatever ratings are written to it (property)', () => {
    const name = fc.stringMatching(/^[A-Za-z0-9 ,"é_-]{1,12}$/).filter((s) => s.trim() === s && s.trim() !== '');
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ rater: name, unit: name, value: fc.integer({ min: -5, max: 9 }) }), { minLength: 1, maxLength: 30, selector: (r) => `${r.rater}\u0000${r.unit}` }), (ratings) => {
        fc.pre(new Set(ratings.map((r) => r.rater)).size >= 2);
        const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const text = ['rater,unit,value', ...ratings.map((r) => `${quote(r.rater)},${quote(r.unit)},${r.value}`)].join('\n');
        const back = parseRatingsCsv(text, 'r.csv').ratings.map(({ rater, unit, value }) => ({ rater, unit, value }));
        expect(back).toEqual(ratings);
      }),
    );
  });
});
