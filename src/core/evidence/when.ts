/**
 * Dates as people write them: an ISO day ("2026-05-05", read as UTC midnight), an ISO time with an
 * offset, or epoch milliseconds. A time without a zone is refused: it means different days to a
 * team in Berlin and one in New York.
 */
const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoTimeWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export const whenMessage = 'must be a day (2026-05-05), an ISO time with an offset, or epoch milliseconds';

/** Epoch ms, or null when the value is not one of the accepted shapes (or not a real date). */
export function parseWhen(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : null;
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (isoDay.test(s)) {
    const ms = Date.parse(`${s}T00:00:00Z`);
    // Date.parse rolls 2026-02-31 over to March; a day that does not round-trip is not a day.
    return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== s ? null : ms;
  }
  if (isoTimeWithOffset.test(s)) {
    const ms = Date.parse(s);
    return Number.isNaN(ms) ? null : ms;
  }
  return null;
}

/** The UTC day of an epoch-ms time, "2026-05-05". */
export function isoDayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
