/**
 * The Prometheus queries of an SLO's indicator (inline or by indicatorRef), and the DataSource
 * they name — what `trellis slo rules` and `trellis slo pull` need. Only ratio metrics with a
 * `query` per part can be read this way; anything else says why not.
 */
import type { OpenSloObject, SliSpec, SloSpec } from './schemas.js';

export interface IndicatorQueries {
  good?: string;
  bad?: string;
  total: string;
  /** metricSourceRef of the parts, when they name one. */
  dataSource?: string;
}

export type QueriesResult = { ok: true; queries: IndicatorQueries } | { ok: false; reason: string };

export function indicatorQueries(slo: OpenSloObject, slis: readonly OpenSloObject[]): QueriesResult {
  const spec = slo.spec as SloSpec;
  const sli: SliSpec | undefined = spec.indicator?.spec ?? (slis.find((s) => s.kind === 'SLI' && s.metadata.name === spec.indicatorRef)?.spec as SliSpec | undefined);
  if (!sli) return { ok: false, reason: `SLO "${slo.metadata.name}" has no indicator Trellis can find` };
  const r = sli.ratioMetric;
  if (!r) return { ok: false, reason: `SLO "${slo.metadata.name}": only ratioMetric indicators have good and total queries` };
  const query = (part: 'good' | 'bad' | 'total') => {
    const q = r[part]?.metricSource.spec.query;
    return typeof q === 'string' ? q : undefined;
  };
  const total = query('total');
  const good = query('good');
  const bad = query('bad');
  if (total === undefined || (good === undefined && bad === undefined)) return { ok: false, reason: `SLO "${slo.metadata.name}": the indicator needs a spec.query for total and for good or bad` };
  const dataSource = (r.total ?? r.good ?? r.bad)?.metricSource.metricSourceRef;
  return { ok: true, queries: { total, ...(good !== undefined ? { good } : { bad: bad! }), ...(dataSource ? { dataSource } : {}) } };
}
