/**
 * A validated v1 SLO → the core's SloDefinition. Trellis evaluates an SLO by its first
 * objective (the others are kept and exported as written). Trellis's own settings ride on
 * annotations, so they survive an export and a re-import: `trellis.dev/no-data-policy`
 * (good | bad | excluded; default excluded) and `trellis.dev/min-events` (default 100).
 */
import { parseDuration } from '../reliability/duration.js';
import { div, fromNumber, rat } from '../reliability/rational.js';
import { DEFAULT_MIN_EVENTS, type NoDataPolicy, type SloDefinition } from '../reliability/slo.js';
import type { TimeWindow } from '../reliability/window.js';
import { ANNOTATION_MIN_EVENTS, ANNOTATION_NO_DATA } from './rules.js';
import type { OpenSloObject, SloSpec } from './schemas.js';

export function sloDefinition(o: OpenSloObject): SloDefinition {
  if (o.kind !== 'SLO') throw new TypeError(`not an SLO: ${o.kind}`);
  const spec = o.spec as SloSpec;
  const objective = spec.objectives[0]!;
  const w = spec.timeWindow![0]!;
  const duration = parseDuration(w.duration);
  if (!duration.ok) throw new TypeError(duration.message);
  const window: TimeWindow = w.calendar
    ? { kind: 'calendar', duration: duration.duration, startTime: w.calendar.startTime, timeZone: w.calendar.timeZone }
    : { kind: 'rolling', duration: duration.duration };
  const target = objective.target !== undefined ? fromNumber(objective.target) : div(fromNumber(objective.targetPercent!), rat(100));
  const slice = objective.timeSliceWindow === undefined ? undefined : parseDuration(objective.timeSliceWindow);
  const a = o.metadata.annotations ?? {};
  return {
    name: o.metadata.name,
    service: spec.service,
    budgetingMethod: spec.budgetingMethod,
    target,
    ...(objective.timeSliceTarget !== undefined ? { timeSliceTarget: fromNumber(objective.timeSliceTarget) } : {}),
    timeSliceMinutes: slice?.ok ? slice.duration.count * { m: 1, h: 60, d: 1440 }[slice.duration.unit as 'm' | 'h' | 'd'] : 1,
    window,
    noData: (a[ANNOTATION_NO_DATA] as NoDataPolicy | undefined) ?? 'excluded',
    minEvents: a[ANNOTATION_MIN_EVENTS] === undefined ? DEFAULT_MIN_EVENTS : Number(a[ANNOTATION_MIN_EVENTS]),
  };
}
