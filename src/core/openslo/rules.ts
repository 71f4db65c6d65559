/**
 * The rules of the reference validator (OpenSLO go-sdk) that span fields, with Trellis's own on
 * top. Each finding names the field. `op` on an objective of a ratio SLI is forbidden by the
 * validator, but most official examples carry it, so Trellis accepts it with a warning.
 */
import { parseDuration, rollingMs, MINUTE } from '../reliability/duration.js';
import { isTimeZone, parseLocalStart } from '../reliability/window.js';
import type { OpenSloObject, SliSpec, SloSpec } from './schemas.js';

export interface Finding {
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export const ANNOTATION_NO_DATA = 'trellis.dev/no-data-policy';
export const ANNOTATION_MIN_EVENTS = 'trellis.dev/min-events';

export function nameProblem(name: string): string | undefined {
  if (name.length === 0) return 'is required';
  if (name.length > 63) return `must be at most 63 characters (got ${name.length})`;
  if (!LABEL.test(name)) return `must be an RFC 1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit (got "${name}")`;
  return undefined;
}

function err(out: Finding[], field: string, message: string): void {
  out.push({ field, message, severity: 'error' });
}

function checkDescription(out: Finding[], field: string, d: string | undefined): void {
  if (d !== undefined && d.length > 1050) err(out, field, `must be at most 1050 characters (got ${d.length})`);
}

export function sliRules(spec: SliSpec, at: string, out: Finding[]): void {
  checkDescription(out, `${at}.description`, spec.description);
  const kinds = [spec.thresholdMetric ? 'thresholdMetric' : undefined, spec.ratioMetric ? 'ratioMetric' : undefined].filter(Boolean);
  if (kinds.length !== 1) err(out, at, `must have exactly one of thresholdMetric or ratioMetric (got ${kinds.length === 0 ? 'neither' : 'both'})`);
  const r = spec.ratioMetric;
  if (!r) return;
  const rm = `${at}.ratioMetric`;
  if (r.raw) {
    if (r.good || r.bad || r.total) err(out, rm, 'raw goes alone: not with good, bad or total');
    if (!r.rawType) err(out, `${rm}.rawType`, 'is required with raw (success or failure)');
  } else {
    if (r.rawType) err(out, `${rm}.rawType`, 'is allowed only with raw');
    if (!r.total) err(out, `${rm}.total`, 'is required (with good or bad)');
    if ((r.good ? 1 : 0) + (r.bad ? 1 : 0) !== 1) err(out, rm, `must have exactly one of good or bad (got ${r.good && r.bad ? 'both' : 'neither'})`);
  }
}

function checkFraction(out: Finding[], field: string, v: number | undefined, max: number, what: string): void {
  if (v !== undefined && !(v >= 0 && v < max)) err(out, field, `must be in [0, ${max}) — ${what} (got ${v})`);
}

export function sloRules(spec: SloSpec, out: Finding[]): void {
  checkDescription(out, 'spec.description', spec.description);
  const composite = spec.objectives.length > 0 && spec.objectives.every((o) => o.indicator || o.indicatorRef);
  if (!composite && (spec.indicator ? 1 : 0) + (spec.indicatorRef ? 1 : 0) !== 1) {
    err(out, 'spec.indicator', `exactly one of indicator or indicatorRef is required (got ${spec.indicator && spec.indicatorRef ? 'both' : 'neither'})`);
  }
  if (spec.indicator) {
    const n = nameProblem(spec.indicator.metadata.name);
    if (n) err(out, 'spec.indicator.metadata.name', n);
    sliRules(spec.indicator.spec, 'spec.indicator.spec', out);
  }
  let windowMs: number | undefined;
  const windows = spec.timeWindow ?? [];
  if (windows.length !== 1) err(out, 'spec.timeWindow', `must have exactly one time window (got ${windows.length})`);
  windows.forEach((w, i) => {
    const at = `spec.timeWindow[${i}]`;
    const d = parseDuration(w.duration);
    if (!d.ok) err(out, `${at}.duration`, d.message);
    else {
      windowMs = rollingMs(d.duration);
      if (d.duration.unit === 'm') {
        out.push({ field: `${at}.duration`, severity: 'warning', message: `is ${d.duration.count} minute${d.duration.count === 1 ? '' : 's'}: \`m\` is minutes (a month is ${d.duration.count}M)` });
      }
    }
    if (w.isRolling === true && w.calendar) err(out, `${at}.calendar`, 'must not be given for a rolling window (isRolling: true)');
    if (w.isRolling !== true && !w.calendar) err(out, `${at}.calendar`, 'is required when isRolling is false (a calendar-aligned window needs startTime and timeZone)');
    if (w.calendar) {
      if (!isTimeZone(w.calendar.timeZone)) err(out, `${at}.calendar.timeZone`, `unknown IANA time zone "${w.calendar.timeZone}"`);
      else if (!parseLocalStart(w.calendar.startTime, w.calendar.timeZone)) err(out, `${at}.calendar.startTime`, `must be a local time "YYYY-MM-DD HH:mm:ss" (got "${w.calendar.startTime}")`);
    }
  });
  if (spec.objectives.length === 0) err(out, 'spec.objectives', 'must have at least one objective');
  spec.objectives.forEach((o, i) => {
    const at = `spec.objectives[${i}]`;
    if ((o.target === undefined) === (o.targetPercent === undefined)) err(out, at, `exactly one of target or targetPercent is required (got ${o.target === undefined ? 'neither' : 'both'})`);
    checkFraction(out, `${at}.target`, o.target, 1, 'a target of 1 leaves no error budget');
    checkFraction(out, `${at}.targetPercent`, o.targetPercent, 100, 'a target of 100 % leaves no error budget');
    if (spec.budgetingMethod === 'Timeslices') {
      if (o.timeSliceTarget === undefined) err(out, `${at}.timeSliceTarget`, 'is required with budgetingMethod Timeslices');
      else if (!(o.timeSliceTarget > 0 && o.timeSliceTarget <= 1)) err(out, `${at}.timeSliceTarget`, `must be in (0, 1] (got ${o.timeSliceTarget})`);
    } else if (o.timeSliceTarget !== undefined) err(out, `${at}.timeSliceTarget`, `is allowed only with budgetingMethod Timeslices (got ${spec.budgetingMethod})`);
    if (spec.budgetingMethod !== 'Occurrences' && o.timeSliceWindow === undefined) err(out, `${at}.timeSliceWindow`, `is required with budgetingMethod ${spec.budgetingMethod}`);
    if (o.timeSliceWindow !== undefined) {
      const d = parseDuration(o.timeSliceWindow);
      if (!d.ok) err(out, `${at}.timeSliceWindow`, d.message);
      else {
        const ms = rollingMs(d.duration);
        if (!['m', 'h', 'd'].includes(d.duration.unit)) err(out, `${at}.timeSliceWindow`, `must be minutes, hours or days — "${o.timeSliceWindow}" is ${d.duration.count} ${d.duration.unit === 'M' ? 'months (did you mean m, minutes?)' : 'calendar units'}`);
        else if (ms % MINUTE !== 0) err(out, `${at}.timeSliceWindow`, 'must be whole minutes');
      }
    }
    if (o.compositeWeight !== undefined && !(o.compositeWeight > 0)) err(out, `${at}.compositeWeight`, `must be greater than 0 (got ${o.compositeWeight})`);
    if (o.indicator && o.indicatorRef) err(out, at, 'indicator and indicatorRef are mutually exclusive');
    if (o.indicator) sliRules(o.indicator.spec, `${at}.indicator.spec`, out);
  });
}

/** op/value against the SLI the objective measures (known only once references resolve). */
export function objectiveMetricRules(spec: SloSpec, sliOf: (objective: number) => SliSpec | undefined, out: Finding[]): void {
  spec.objectives.forEach((o, i) => {
    const sli = sliOf(i);
    if (!sli) return;
    const at = `spec.objectives[${i}]`;
    if (sli.thresholdMetric) {
      if (o.op === undefined) err(out, `${at}.op`, 'is required for a thresholdMetric indicator (lt, lte, gt or gte)');
      if (o.value === undefined) err(out, `${at}.value`, 'is required for a thresholdMetric indicator');
    } else if (sli.ratioMetric) {
      if (o.op !== undefined) {
        out.push({ field: `${at}.op`, severity: 'warning', message: 'is not allowed on a ratioMetric objective by the OpenSLO validator; accepted and ignored (most official examples carry it)' });
      }
      if (o.value !== undefined) err(out, `${at}.value`, 'is allowed only for a thresholdMetric indicator');
    }
  });
}

export function annotationRules(o: OpenSloObject, out: Finding[]): void {
  const a = o.metadata.annotations ?? {};
  const noData = a[ANNOTATION_NO_DATA];
  if (noData !== undefined && !['good', 'bad', 'excluded'].includes(noData)) err(out, `metadata.annotations["${ANNOTATION_NO_DATA}"]`, `must be good, bad or excluded (got "${noData}")`);
  const min = a[ANNOTATION_MIN_EVENTS];
  if (min !== undefined && !/^\d{1,9}$/.test(min)) err(out, `metadata.annotations["${ANNOTATION_MIN_EVENTS}"]`, `must be a whole number of events (got "${min}")`);
}

export function alertConditionRules(spec: { condition: { lookbackWindow: string; alertAfter: string } }, at: string, out: Finding[]): void {
  for (const f of ['lookbackWindow', 'alertAfter'] as const) {
    const d = parseDuration(spec.condition[f]);
    if (!d.ok) err(out, `${at}.condition.${f}`, d.message);
  }
}
