/**
 * The compensation band table, read from CSV (`level,track,currency,min,mid,max`): one band per
 * level × track × currency, min ≤ mid ≤ max. The import is all or nothing, so a bad file names
 * every problem by line and column and nothing is stored. Quoting is csv-parse's, never by hand.
 */
import { parse } from 'csv-parse/sync';

export interface Band {
  level: string;
  track: string;
  currency: string;
  min: number;
  mid: number;
  max: number;
}

export const bandColumns = ['level', 'track', 'currency', 'min', 'mid', 'max'] as const;

export type BandsParse = { ok: true; bands: Band[] } | { ok: false; problems: string[] };

const amount = /^\d+(\.\d+)?$/;

export function parseBandsCsv(text: string, fileName = 'bands.csv'): BandsParse {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    return { ok: false, problems: [`${fileName}${line ? `:${line}` : ''}: not readable as CSV (${(e as Error).message.replace(/^Invalid [^:]*: /, '')})`] };
  }
  if (records.length === 0) return { ok: false, problems: [`${fileName}: no rows; expected the header ${bandColumns.join(',')} and one band per line`] };
  const header = records[0]!.map((h) => h.toLowerCase());
  const missing = bandColumns.filter((c) => !header.includes(c));
  if (missing.length > 0) return { ok: false, problems: [`${fileName}:1: header: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (expected ${bandColumns.join(',')})`] };
  const col = Object.fromEntries(bandColumns.map((c) => [c, header.indexOf(c)])) as Record<(typeof bandColumns)[number], number>;
  const problems: string[] = [];
  const bands: Band[] = [];
  const seen = new Map<string, number>();
  records.slice(1).forEach((r, i) => {
    const line = i + 2;
    const at = (c: (typeof bandColumns)[number]) => (r[col[c]] ?? '').trim();
    const bad = (c: string, msg: string) => problems.push(`${fileName}:${line}: ${c}: ${msg}`);
    const [level, track, currency] = [at('level'), at('track'), at('currency').toUpperCase()];
    if (level === '') bad('level', 'must not be empty');
    if (track === '') bad('track', 'must not be empty (e.g. ic or manager)');
    if (!/^[A-Z]{3}$/.test(currency)) bad('currency', `"${at('currency')}" is not a three-letter currency code (e.g. EUR)`);
    const nums = (['min', 'mid', 'max'] as const).map((c) => {
      const v = at(c).replace(/[_\s]/g, '');
      if (!amount.test(v)) {
        bad(c, `"${at(c)}" is not an amount (digits, optionally a decimal point)`);
        return NaN;
      }
      return Number(v);
    });
    const [min, mid, max] = nums as [number, number, number];
    if (nums.every(Number.isFinite) && !(min <= mid && mid <= max)) bad('mid', `min ≤ mid ≤ max does not hold (${min}, ${mid}, ${max})`);
    const key = `${level}\u0000${track}\u0000${currency}`;
    const first = seen.get(key);
    if (first !== undefined && level !== '' && track !== '') bad('level', `${level} / ${track} / ${currency} is already on line ${first}`);
    else seen.set(key, line);
    bands.push({ level, track, currency, min, mid, max });
  });
  if (bands.length === 0 && problems.length === 0) problems.push(`${fileName}: no bands below the header`);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, bands };
}

/** The band for a person's level and track in a currency, if the table has one. */
export function bandFor(bands: readonly Band[], level: string | null, track: string | null, currency: string | null): Band | null {
  if (level === null) return null;
  const matches = bands.filter((b) => b.level === level && (track === null || b.track === track));
  return matches.find((b) => b.currency === currency) ?? (currency === null ? (matches[0] ?? null) : null);
}
