/**
 * Older and newer OpenSLO versions, read into the v1 shape Trellis stores and exports.
 * - `openslo/v1alpha`: `timeWindows` with count and unit; the indicator's thresholdMetric or an
 *   objective's `ratioMetrics` with `source`/`query`.
 * - `openslo.com/v2alpha`: `serviceRef`, `sli`, and `dataSourceRef` beside a metric's spec.
 * Conversion keeps every value; fields it does not know stay in place so the v1 schema reports
 * them as unknown.
 */
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export const SUPPORTED_VERSIONS = ['openslo/v1', 'openslo/v1alpha', 'openslo.com/v2alpha'] as const;
export type OpenSloVersion = (typeof SUPPORTED_VERSIONS)[number];

const alphaUnits: Record<string, string> = { Minute: 'm', Hour: 'h', Day: 'd', Week: 'w', Month: 'M', Quarter: 'Q', Year: 'Y' };

export interface Converted {
  value: Obj;
  problems: { field: string; message: string }[];
}

function alphaMetric(m: unknown): unknown {
  if (!isObj(m)) return m;
  const { source, queryType, query, ...rest } = m;
  return { metricSource: { type: source, spec: { ...(queryType === undefined ? {} : { queryType }), query }, ...rest } };
}

function fromV1alpha(o: Obj, problems: Converted['problems']): Obj {
  if (o.kind !== 'SLO' || !isObj(o.spec)) return { ...o, apiVersion: 'openslo/v1' };
  const { timeWindows, indicator, objectives, ...spec } = o.spec;
  const out: Obj = { ...spec };
  const name = isObj(o.metadata) ? String(o.metadata.name) : 'slo';
  if (isObj(indicator) && isObj(indicator.thresholdMetric)) {
    out.indicator = { metadata: { name: `${name}-sli` }, spec: { thresholdMetric: alphaMetric(indicator.thresholdMetric) } };
  } else if (indicator !== undefined) out.indicator = indicator;
  if (Array.isArray(objectives)) {
    out.objectives = objectives.map((obj, i) => {
      if (!isObj(obj)) return obj;
      const { ratioMetrics, ...rest } = obj;
      if (isObj(ratioMetrics) && out.indicator === undefined) {
        const { good, total, incremental, ...more } = ratioMetrics;
        out.indicator = { metadata: { name: `${name}-sli` }, spec: { ratioMetric: { counter: incremental, good: alphaMetric(good), total: alphaMetric(total), ...more } } };
      } else if (ratioMetrics !== undefined) problems.push({ field: `spec.objectives[${i}].ratioMetrics`, message: 'only one objective may carry ratioMetrics when read as openslo/v1' });
      // v1alpha requires a value on every objective (the reference validator reports it missing).
      if (rest.value === undefined) problems.push({ field: `spec.objectives[${i}].value`, message: 'is required in openslo/v1alpha' });
      // v1alpha has no slice length: its time slices are one minute.
      if (spec.budgetingMethod !== 'Occurrences' && rest.timeSliceWindow === undefined) return { ...rest, timeSliceWindow: '1m' };
      return rest;
    });
  } else out.objectives = objectives;
  if (Array.isArray(timeWindows)) {
    out.timeWindow = timeWindows.map((w, i) => {
      if (!isObj(w)) return w;
      const { count, unit, ...rest } = w;
      const letter = typeof unit === 'string' ? alphaUnits[unit] : undefined;
      if (letter === undefined) problems.push({ field: `spec.timeWindows[${i}].unit`, message: `must be one of ${Object.keys(alphaUnits).join(', ')} (got ${JSON.stringify(unit)})` });
      return { duration: `${count}${letter ?? ''}`, ...rest };
    });
  }
  return { ...o, apiVersion: 'openslo/v1', spec: out };
}

function v2Metric(m: unknown): unknown {
  if (!isObj(m)) return m;
  const { dataSourceRef, spec, ...rest } = m;
  return { metricSource: { ...(dataSourceRef === undefined ? {} : { metricSourceRef: dataSourceRef }), spec, ...rest } };
}

function v2Sli(spec: unknown): unknown {
  if (!isObj(spec)) return spec;
  const out: Obj = { ...spec };
  if (isObj(spec.thresholdMetric)) out.thresholdMetric = v2Metric(spec.thresholdMetric);
  if (isObj(spec.ratioMetric)) {
    const r: Obj = { ...spec.ratioMetric };
    for (const k of ['good', 'bad', 'total', 'raw']) if (r[k] !== undefined) r[k] = v2Metric(r[k]);
    out.ratioMetric = r;
  }
  return out;
}

function fromV2alpha(o: Obj): Obj {
  const metadata = isObj(o.metadata) && isObj(o.metadata.labels)
    ? { ...o.metadata, labels: Object.fromEntries(Object.entries(o.metadata.labels).map(([k, v]) => [k, v])) }
    : o.metadata;
  const base = { ...o, apiVersion: 'openslo/v1', metadata };
  if (o.kind === 'SLI') return { ...base, spec: v2Sli(o.spec) };
  if (o.kind !== 'SLO' || !isObj(o.spec)) return base;
  const { serviceRef, sli, sliRef, ...spec } = o.spec;
  const out: Obj = { ...spec, service: serviceRef };
  if (isObj(sli)) out.indicator = { ...sli, spec: v2Sli(sli.spec) };
  if (sliRef !== undefined) out.indicatorRef = sliRef;
  return { ...base, spec: out };
}

export function toV1(o: Obj, version: OpenSloVersion): Converted {
  const problems: Converted['problems'] = [];
  if (version === 'openslo/v1') return { value: o, problems };
  if (version === 'openslo/v1alpha') return { value: fromV1alpha(o, problems), problems };
  return { value: fromV2alpha(o), problems };
}
