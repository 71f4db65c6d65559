import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../export/csv.js';
import { bandFor, parseBandsCsv, type Band } from './bands.js';

describe('the band table from CSV', () => {
  it('reads bands, in any column order, with a currency in any case', () => {
    const r = parseBandsCsv('track,level,currency,min,mid,max\nic,L4,eur,60000,70000,80000\nmanager,M1,EUR,70000,80000,95000.5\n');
    expect(r).toEqual({
      ok: true,
      bands: [
        { level: 'L4', track: 'ic', currency: 'EUR', min: 60000, mid: 70000, max: 80000 },
        { level: 'M1', track: 'manager', currency: 'EUR', min: 70000, mid: 80000, max: 95000.5 },
      ],
    });
  });

  it('names the line and column of every problem, and returns no bands', () => {
    const r = parseBandsCsv('level,track,currency,min,mid,max\nL4,ic,EUR,60000,70000,80000\n,ic,euro,6e4,70000,x\nL5,ic,EUR,90000,80000,100000\nL4,ic,EUR,1,2,3\n', 'bands.csv');
    expect(r).toEqual({
      ok: false,
      problems: [
        'bands.csv:3: level: must not be empty',
        'bands.csv:3: currency: "euro" is not a three-letter currency code (e.g. EUR)',
        'bands.csv:3: min: "6e4" is not an amount (digits, optionally a decimal point)',
        'bands.csv:3: max: "x" is not an amount (digits, optionally a decimal point)',
        'bands.csv:4: mid: min ≤ mid ≤ max does not hold (90000, 80000, 100000)',
        'bands.csv:5: level: L4 / ic / EUR is already on line 2',
      ],
    });
  });

  it('refuses a file without the header columns, an empty file, and broken quoting', () => {
    expect(parseBandsCsv('level,currency,min,mid,max\nL4,EUR,1,2,3\n')).toEqual({ ok: false, problems: ['bands.csv:1: header: missing column track (expected level,track,currency,min,mid,max)'] });
    expect(parseBandsCsv('')).toMatchObject({ ok: false, problems: [expect.stringMatching(/no rows/)] });
    expect(parseBandsCsv('level,track,currency,min,mid,max\n')).toMatchObject({ ok: false, problems: ['bands.csv: no bands below the header'] });
    expect(parseBandsCsv('level,track,currency,min,mid,max\n"L4,ic,EUR,1,2,3\n')).toMatchObject({ ok: false, problems: [expect.stringMatching(/^bands\.csv(:\d+)?: not readable as CSV/)] });
  });

  it('reads back any band table it could have written (property)', () => {
    const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s.trim() !== '' && !/^[=+\-@]/.test(s));
    const band = fc
      .record({ level: text, track: text, currency: fc.constantFrom('EUR', 'USD', 'GBP'), a: fc.nat(10_000_000), b: fc.nat(10_000_000), c: fc.nat(10_000_000) })
      .map(({ a, b, c, ...rest }): Band => {
        const [min, mid, max] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
        return { ...rest, min, mid, max };
      });
    fc.assert(
      fc.property(fc.uniqueArray(band, { minLength: 1, maxLength: 8, selector: (b) => `${b.level}|${b.track}|${b.currency}` }), (bands) => {
        const csv = toCsv(['level', 'track', 'currency', 'min', 'mid', 'max'], bands.map((b) => [b.level, b.track, b.currency, b.min, b.mid, b.max]));
        expect(parseBandsCsv(csv)).toEqual({ ok: true, bands });
      }),
    );
  });

  it('finds a person’s band by level and track in the budget’s currency', () => {
    const bands: Band[] = [
      { level: 'L4', track: 'ic', currency: 'EUR', min: 1, mid: 2, max: 3 },
      { level: 'L4', track: 'ic', currency: 'USD', min: 4, mid: 5, max: 6 },
    ];
    expect(bandFor(bands, 'L4', 'ic', 'USD')?.mid).toBe(5);
    expect(bandFor(bands, 'L4', 'ic', null)?.mid).toBe(2);
    expect(bandFor(bands, 'L4', 'manager', 'EUR')).toBeNull();
    expect(bandFor(bands, null, 'ic', 'EUR')).toBeNull();
  });
});
