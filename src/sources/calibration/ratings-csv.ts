/**
 * Ratings for the agreement statistics from CSV: a header with `rater`, `unit` and `value`
 * (other columns, such as `signal`, are kept when asked for and otherwise ignored), one rating a
 * line, values ordinal integers. Every problem names its line and column; the whole file is
 * refused on any problem, so a statistic is never computed over a silently shortened file.
 */
import { parse } from 'csv-parse/sync';
import { TrellisError, type Problem } from '../../errors.js';
import type { Rating } from '../../core/calibration/ratings.js';

const REQUIRED = ['rater', 'unit', 'value'] as const;
const MAX_PROBLEMS = 50;

export interface ParsedRatings {
  ratings: (Rating & { line: number; signal?: string })[];
}

export function parseRatingsCsv(text: string, file: string): ParsedRatings {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false }) as string[][];
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new TrellisError('BAD_INPUT', `${file} is not valid CSV`, [{ file, line: err.lines, message: err.message.replace(/^Invalid Record Length: /, '') }]);
  }
  if (rows.length === 0) throw new TrellisError('BAD_INPUT', `${file} has no ratings`, [{ file, message: 'the file is empty; expected a header rater,unit,value and one rating a line' }]);
  const header = rows[0]!.map((h) => h.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new TrellisError('BAD_INPUT', `${file} was rejected`, missing.map((c) => ({ file, line: 1, field: c, message: `the header has no "${c}" column (expected rater,unit,value)` })));
  }
  const col = Object.fromEntries(REQUIRED.map((c) => [c, header.indexOf(c)])) as Record<(typeof REQUIRED)[number], number>;
  const signalCol = header.indexOf('signal');
  const problems: Problem[] = [];
  const ratings: ParsedRatings['ratings'] = [];
  const seen = new Map<string, number>();
  for (let i = 1; i < rows.length && problems.length < MAX_PROBLEMS; i++) {
    const line = i + 1;
    const row = rows[i]!;
    const rater = row[col.rater]!.trim();
    const unit = row[col.unit]!.trim();
    const raw = row[col.value]!.trim();
    const signal = signalCol >= 0 ? row[signalCol]!.trim() : undefined;
    if (rater === '') problems.push({ file, line, field: 'rater', message: 'is empty' });
    if (unit === '') problems.push({ file, line, field: 'unit', message: 'is empty' });
    if (!/^-?\d+$/.test(raw)) {
      problems.push({ file, line, field: 'value', message: raw === '' ? 'is empty (leave a missing rating out of the file)' : `"${raw}" is not an integer (ratings are ordinal: 1, 2, 3, …)` });
      continue;
    }
    if (rater === '' || unit === '') continue;
    const key = JSON.stringify([rater, unit, signal ?? '']);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({ file, line, field: 'unit', message: `${rater} rated ${unit} already on line ${earlier}; one rating per rater and unit` });
      continue;
    }
    seen.set(key, line);
    ratings.push({ rater, unit, value: Number(raw), line, ...(signal ? { signal } : {}) });
  }
  if (problems.length > 0) throw new TrellisError('BAD_INPUT', `${file} was rejected (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was computed`, problems);
  if (ratings.length === 0) throw new TrellisError('BAD_INPUT', `${file} has no ratings`, [{ file, line: 1, message: 'only a header; expected one rating a line' }]);
  const raters = new Set(ratings.map((r) => r.rater));
  if (raters.size < 2) {
    throw new TrellisError('BAD_INPUT', `${file} has one rater only`, [{ file, line: 2, field: 'rater', message: `every rating is by "${[...raters][0]}"; agreement needs at least two raters` }]);
  }
  return { ratings };
}
