/** Formatting reliability figures: fractions as percentages, burn rates as multiples, durations. */
export const pct = (x: number | null | undefined, digits = 1): string => (x == null ? '—' : `${(x * 100).toFixed(digits)} %`);
export const times = (x: number | null | undefined): string => (x == null ? '—' : `${x < 10 ? x.toFixed(2) : x.toFixed(1)}×`);

export function duration(minutes: number | null): string {
  if (minutes == null) return '—';
  if (minutes < 90) return `${Math.round(minutes)} min`;
  if (minutes < 48 * 60) return `${(minutes / 60).toFixed(1)} h`;
  return `${(minutes / 1440).toFixed(1)} days`;
}

export const when = (ms: number | string): string =>
  new Date(ms).toLocaleString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }) + ' UTC';
