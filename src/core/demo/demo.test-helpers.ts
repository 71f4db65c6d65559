/** Shared fixtures for the demo generator's tests: one generation per test file, reused. */
import type { RecordOf, RecordKind, TrellisRecord } from '../records/schemas.js';
import { generateDemo, type DemoOptions } from './generate.js';
import { hash32 } from './random.js';

/** A fixed anchor (start of a day, UTC) so figures in failures are reproducible. */
export const ANCHOR = Date.UTC(2025, 5, 2);
export const DAY = 86_400_000;

const cache = new Map<string, TrellisRecord[]>();

/** Every record of a run, kept for the test file (default scale with little SLI data is small). */
export function records(opts: Partial<DemoOptions> = {}): TrellisRecord[] {
  const full: DemoOptions = { seed: 7, scale: 'default', anchor: ANCHOR, sliDays: 2, ...opts };
  const key = JSON.stringify(full);
  let out = cache.get(key);
  if (out === undefined) {
    out = [...generateDemo(full)];
    cache.set(key, out);
  }
  return out;
}

export function ofKind<K extends RecordKind>(all: readonly TrellisRecord[], kind: K): RecordOf<K>[] {
  return all.filter((r): r is RecordOf<K> => r.kind === kind);
}

/** A 64-bit-ish digest of the JSON Lines form of a record stream. */
export function digest(stream: Iterable<TrellisRecord>): string {
  let a = 1;
  let b = 2;
  let n = 0;
  for (const r of stream) {
    const line = JSON.stringify(r);
    a = hash32(line, a);
    b = hash32(line, b ^ 0x9e3779b9);
    n++;
  }
  return `${n}:${a.toString(16)}${b.toString(16)}`;
}

/** Hour of the day (0..23) of an ISO instant in an IANA zone. */
export function localHour(isoTime: string, timeZone: string): number {
  let format = hourFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: 'numeric', hourCycle: 'h23' });
    hourFormats.set(timeZone, format);
  }
  return Number(format.format(new Date(isoTime)));
}
const hourFormats = new Map<string, Intl.DateTimeFormat>();

export function median(values: readonly number[]): number {
  const s = [...values].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
