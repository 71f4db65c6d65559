/**
 * SLI slices from Prometheus: for each SLO whose indicator is a ratio of Prometheus queries and
 * names a DataSource with a URL (or given one), query good (or bad) and total over [from, to)
 * at one-minute steps and store integer good/total per minute through the record import
 * (all or nothing; rollups kept current).
 *
 * The queries are per-second rates over the last minute (`sum(rate(x[1m]))`; Sloth's
 * `{{.window}}` becomes `1m`): the value at t times 60, rounded, is the events of the minute
 * that ends at t, so the slice starts at t − 1 min. Good is capped at total (independent
 * rounding and scrape jitter can put it one above).
 */
import type { Actor } from '../../core/access/actor.js';
import { indicatorQueries } from '../../core/openslo/queries.js';
import type { OpenSloObject } from '../../core/openslo/schemas.js';
import { TrellisError } from '../../errors.js';
import { PrometheusError, queryRange, STEP_MS, type Fetch } from '../../sources/prometheus/query-range.js';
import type { Store } from '../../store/db.js';
import { SloRepository } from '../../store/slo-repository.js';
import { assertAllowed } from '../authorize.js';
import { importRecords } from '../import-records.js';

export interface PullOptions {
  from: number;
  to: number;
  /** Only these SLOs (default: every SLO with Prometheus queries). */
  slos?: string[];
  /** Use this Prometheus instead of the DataSource's URL. */
  url?: string;
  fetch?: Fetch;
}

export interface PullSummary {
  slos: { slo: string; url: string; slices: number }[];
  skipped: string[];
}

const windowed = (q: string) => q.replace(/\{\{\s*\.window\s*\}\}/g, '1m');

function dataSourceUrl(ds: OpenSloObject | undefined): string | undefined {
  if (!ds) return undefined;
  const details = (ds.spec as { connectionDetails?: unknown }).connectionDetails;
  const entries = Array.isArray(details) ? details : [details];
  for (const e of entries) if (e && typeof e === 'object' && typeof (e as { url?: unknown }).url === 'string') return (e as { url: string }).url;
  return undefined;
}

export async function pullSli(store: Store, actor: Actor, o: PullOptions): Promise<PullSummary> {
  assertAllowed(actor, 'write', { type: 'records' });
  const from = Math.floor(o.from / STEP_MS) * STEP_MS;
  const to = Math.floor(o.to / STEP_MS) * STEP_MS;
  if (!(from < to)) throw new TrellisError('BAD_INPUT', '--from must be before --to.');
  const objects = (await new SloRepository(store.db).objects()).map((x) => x.object);
  const slos = objects.filter((x) => x.kind === 'SLO' && (o.slos === undefined || o.slos.includes(x.metadata.name)));
  for (const name of o.slos ?? []) if (!slos.some((s) => s.metadata.name === name)) throw new TrellisError('BAD_INPUT', `No SLO "${name}".`);
  const summary: PullSummary = { slos: [], skipped: [] };
  for (const slo of slos) {
    const q = indicatorQueries(slo, objects);
    if (!q.ok) {
      summary.skipped.push(q.reason);
      continue;
    }
    const ds = objects.find((x) => x.kind === 'DataSource' && x.metadata.name === q.queries.dataSource);
    const url = o.url ?? dataSourceUrl(ds);
    if (!url) {
      summary.skipped.push(`SLO "${slo.metadata.name}": no Prometheus URL (its DataSource ${q.queries.dataSource ? `"${q.queries.dataSource}" has no connectionDetails url` : 'is not named'}; pass --url)`);
      continue;
    }
    const part = async (which: 'good' | 'bad' | 'total', query: string) => {
      try {
        return new Map((await queryRange(url, windowed(query), from + STEP_MS, to + STEP_MS, o.fetch)).map((p) => [p.t - STEP_MS, Math.max(0, Math.round(p.value * 60))]));
      } catch (e) {
        if (!(e instanceof PrometheusError)) throw e;
        const code = e.errorType === 'bad_data' ? 'BAD_INPUT' : 'SOURCE_UNAVAILABLE';
        throw new TrellisError(code, `Prometheus at ${url} refused the ${which} query of SLO "${slo.metadata.name}": ${e.errorType}: ${e.message}`, [{ field: `${which} query`, message: query }]);
      }
    };
    const total = await part('total', q.queries.total);
    const good = q.queries.good !== undefined ? await part('good', q.queries.good) : undefined;
    const bad = q.queries.bad !== undefined ? await part('bad', q.queries.bad) : undefined;
    const records: unknown[] = [];
    for (const [at, t] of total) {
      if (at < from || at >= to) continue;
      const g = good !== undefined ? (good.get(at) ?? 0) : t - (bad!.get(at) ?? 0);
      records.push({ kind: 'sli', slo: slo.metadata.name, at: new Date(at).toISOString(), good: Math.min(t, Math.max(0, g)), total: t });
    }
    await importRecords(store, { name: `prometheus:${slo.metadata.name}`, records: (async function* () { let line = 0; for (const value of records) yield { line: ++line, value }; })() });
    summary.slos.push({ slo: slo.metadata.name, url, slices: records.length });
  }
  return summary;
}
