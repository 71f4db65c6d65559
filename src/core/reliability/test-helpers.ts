/** Building SLOs and slices for the reliability core's tests. */
import { DAY, MINUTE } from './duration.js';
import { fromNumber } from './rational.js';
import { DEFAULT_MIN_EVENTS, type SloDefinition } from './slo.js';
import { prefixSource, type MinuteSlice, type SliSource } from './totals.js';

export function slo(over: Partial<SloDefinition> & { targetNumber?: number; sliceTargetNumber?: number } = {}): SloDefinition {
  const { targetNumber, sliceTargetNumber, ...rest } = over;
  return {
    name: 'checkout-availability',
    service: 'checkout',
    budgetingMethod: 'Occurrences',
    target: fromNumber(targetNumber ?? 0.999),
    timeSliceMinutes: 1,
    window: { kind: 'rolling', duration: { count: 30, unit: 'd' } },
    noData: 'excluded',
    minEvents: DEFAULT_MIN_EVENTS,
    ...(sliceTargetNumber !== undefined ? { timeSliceTarget: fromNumber(sliceTargetNumber) } : {}),
    ...rest,
  };
}

/** One slice per minute in [from, to); `bad(t)` bad of `perMinute` each. */
export function minutes(from: number, to: number, perMinute: number, bad: (t: number) => number): MinuteSlice[] {
  const out: MinuteSlice[] = [];
  for (let t = from; t < to; t += MINUTE) out.push({ at: t, good: perMinute - bad(t), total: perMinute });
  return out;
}

export function sourceOf(def: SloDefinition, slices: MinuteSlice[], origin: number, end: number): SliSource {
  return prefixSource(slices, origin, end, def.timeSliceMinutes, def.timeSliceTarget);
}

export const AT = Date.UTC(2026, 2, 10, 12, 0);
export { DAY, MINUTE };
