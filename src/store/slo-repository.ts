/**
 * SLO definitions (OpenSLO objects) and the SLI data SLO figures are computed from: raw
 * one-minute slices (`sli_slices`, written by record import) and hourly rollups (`sli_rollups`)
 * with their running sums. Rollups are rewritten for the touched hours, and the running sums from
 * the first touched hour on, inside the caller's transaction, so a reader never sees slices and
 * rollups disagree. Postgres returns sums as strings: normalised here.
 */
import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { OpenSloKind, OpenSloObject } from '../core/openslo/schemas.js';
import type { KnownNames } from '../core/openslo/validate.js';
import type { BurnEvent } from '../core/reliability/attribution.js';
import { rangeKey, type PlannedSums, type Sums, type WindowPlan } from '../core/reliability/prefix-windows.js';
import type { MinuteSlice } from '../core/reliability/totals.js';
import type { Database } from './schema.js';

const HOUR = 3_600_000;

export interface StoredObject {
  object: OpenSloObject;
  sourceVersion: string;
  updatedAt: number;
}

export interface SaveObject {
  object: OpenSloObject;
  sourceVersion: string;
  /** SLOs: the Trellis service and the first objective's timeSliceTarget as an exact fraction. */
  service?: string;
  sliceTarget?: { n: bigint; d: bigint };
}

export class SloRepository {
  /** Compiled plannedSums statements by shape (plannedSumsText). */
  private readonly plannedTexts = new Map<string, string>();

  constructor(private readonly db: Kysely<Database>) {}

  async objects(kind?: OpenSloKind): Promise<StoredObject[]> {
    let q = this.db.selectFrom('openslo_objects').selectAll().orderBy('kind').orderBy('name');
    if (kind) q = q.where('kind', '=', kind);
    const rows = await q.execute();
    return rows.map((r) => {
      const body = JSON.parse(r.body) as Pick<OpenSloObject, 'metadata' | 'spec'>;
      return { object: { apiVersion: 'openslo/v1', kind: r.kind as OpenSloKind, metadata: body.metadata, spec: body.spec }, sourceVersion: r.source_version, updatedAt: Number(r.updated_at) };
    });
  }

  async knownNames(): Promise<KnownNames> {
    const rows = await this.db.selectFrom('openslo_objects').select(['kind', 'name']).execute();
    const out: Record<string, Set<string>> = {};
    for (const r of rows) (out[r.kind] ??= new Set()).add(r.name);
    return out as KnownNames;
  }

  async sloExists(name: string): Promise<boolean> {
    const row = await this.db.selectFrom('openslo_objects').select('name').where('kind', '=', 'SLO').where('name', '=', name).executeTakeFirst();
    return row !== undefined;
  }

  /** Insert or replace objects; SLOs whose slice target changed get their rollups rebuilt. */
  async save(objects: readonly SaveObject[], now: number): Promise<void> {
    for (const o of objects) {
      const row = {
        kind: o.object.kind,
        name: o.object.metadata.name,
        source_version: o.sourceVersion,
        body: JSON.stringify({ metadata: o.object.metadata, spec: o.object.spec }),
        service: o.service ?? null,
        slice_target_n: o.sliceTarget === undefined ? null : Number(o.sliceTarget.n),
        slice_target_d: o.sliceTarget === undefined ? null : Number(o.sliceTarget.d),
        updated_at: now,
      };
      await this.db
        .insertInto('openslo_objects')
        .values(row)
        .onConflict((oc) => oc.columns(['kind', 'name']).doUpdateSet({ source_version: row.source_version, body: row.body, service: row.service, slice_target_n: row.slice_target_n, slice_target_d: row.slice_target_d, updated_at: now }))
        .execute();
      if (o.object.kind === 'SLO') await this.rebuildRollups(o.object.metadata.name);
    }
  }

  /** Rewrite the rollups of `slo` for the hours that hold [from, to) (all hours when omitted). */
  async rebuildRollups(slo: string, from?: number, to?: number): Promise<void> {
    const fromHour = from === undefined ? undefined : Math.floor(from / HOUR) * HOUR;
    const toHour = to === undefined ? undefined : Math.ceil(to / HOUR) * HOUR;
    let del = this.db.deleteFrom('sli_rollups').where('slo', '=', slo);
    if (fromHour !== undefined) del = del.where('hour', '>=', fromHour);
    if (toHour !== undefined) del = del.where('hour', '<', toHour);
    await del.execute();
    const target = await this.db.selectFrom('openslo_objects').select(['slice_target_n', 'slice_target_d']).where('kind', '=', 'SLO').where('name', '=', slo).executeTakeFirst();
    // Without a Timeslices target no slice counts as good; the column is then unused.
    const n = target?.slice_target_n ?? 2;
    const d = target?.slice_target_d ?? 1;
    const hour = sql<number>`(${sql.ref('at')} / ${sql.lit(HOUR)}) * ${sql.lit(HOUR)}`;
    let select = this.db
      .selectFrom('sli_slices')
      .select([
        'slo',
        hour.as('hour'),
        sql<number>`sum(${sql.ref('good')})`.as('good'),
        sql<number>`sum(${sql.ref('total')})`.as('total'),
        sql<number>`sum(case when ${sql.ref('total')} > 0 then 1 else 0 end)`.as('data_slices'),
        sql<number>`sum(case when ${sql.ref('total')} > 0 and ${sql.ref('good')} * ${d} >= ${n} * ${sql.ref('total')} then 1 else 0 end)`.as('good_slices'),
      ])
      .where('slo', '=', slo);
    if (fromHour !== undefined) select = select.where('at', '>=', fromHour);
    if (toHour !== undefined) select = select.where('at', '<', toHour);
    await this.db
      .insertInto('sli_rollups')
      .columns(['slo', 'hour', 'good', 'total', 'data_slices', 'good_slices'])
      .expression(select.groupBy(['slo', hour]))
      .execute();
    await this.rebuildPrefixSums(slo, fromHour);
  }

  /**
   * Rewrite the running sums of `slo`'s rollups from `fromHour` on (every later hour's running
   * sum depends on the hours rewritten). One statement: a window sum over the SLO's rollups.
   */
  async rebuildPrefixSums(slo: string, fromHour?: number): Promise<void> {
    const running = (c: string) => sql`sum(${sql.ref(c)}) over (order by hour)`;
    const c = sql`(select hour, ${running('good')} as cg, ${running('total')} as ct, ${running('data_slices')} as cd, ${running('good_slices')} as cgs from sli_rollups where slo = ${slo}) as c`;
    const from = fromHour === undefined ? sql`` : sql` and c.hour >= ${fromHour}`;
    await sql`update sli_rollups set cum_good = c.cg, cum_total = c.ct, cum_data_slices = c.cd, cum_good_slices = c.cgs from ${c} where sli_rollups.slo = ${slo} and sli_rollups.hour = c.hour${from}`.execute(this.db);
  }

  /**
   * The sums a window plan needs, in one statement: for each hour bound the running sum of the
   * last rollup before it (none: zero), and for each minute range the raw minutes summed.
   * `sliceTarget` decides which one-minute slices are good (Timeslices), as the rollups do.
   */
  async plannedSums(slo: string, plan: WindowPlan, sliceTarget: { n: bigint; d: bigint } | undefined): Promise<PlannedSums> {
    const n = Number(sliceTarget?.n ?? 2n);
    const d = Number(sliceTarget?.d ?? 1n);
    const cumBefore = new Map<number, Sums>(plan.hourBounds.map((h) => [h, { good: 0, total: 0, dataSlices: 0, goodSlices: 0 }]));
    const minutes = new Map<string, Sums>();
    if (plan.hourBounds.length + plan.minuteRanges.length === 0) return { cumBefore, minutes };
    const text = this.plannedSumsText(plan.hourBounds.length, plan.minuteRanges.length, n, d);
    const params = [...plan.hourBounds.flatMap((h) => [slo, h]), ...plan.minuteRanges.flatMap(([a, b]) => [slo, a, b])];
    const r = await this.db.executeQuery<{ k: string; g: number | string; t: number | string; ds: number | string; gs: number | string }>(CompiledQuery.raw(text, params));
    for (const row of r.rows) {
      const sums = { good: Number(row.g), total: Number(row.t), dataSlices: Number(row.ds), goodSlices: Number(row.gs) };
      const i = Number(row.k.slice(1));
      if (row.k.startsWith('h')) cumBefore.set(plan.hourBounds[i]!, sums);
      else {
        const [a, b] = plan.minuteRanges[i]!;
        minutes.set(rangeKey(a, b), sums);
      }
    }
    return { cumBefore, minutes };
  }

  /**
   * The statement of a plan's shape (how many hour bounds and minute ranges, which slice target),
   * compiled once by Kysely for this dialect and kept: a status read of thousands of SLOs then
   * spends its time in the database, not in building the same statement again. Parameters, in
   * order: (slo, hour) per bound, then (slo, from, to) per range.
   */
  private plannedSumsText(bounds: number, ranges: number, n: number, d: number): string {
    const key = `${bounds}|${ranges}|${n}|${d}`;
    const known = this.plannedTexts.get(key);
    if (known !== undefined) return known;
    const parts = [
      ...Array.from({ length: bounds }, (_, i) => sql`select ${sql.lit(`h${i}`)} as k, g, t, ds, gs from (select cum_good as g, cum_total as t, cum_data_slices as ds, cum_good_slices as gs from sli_rollups where slo = ${''} and hour < ${0} order by hour desc limit 1) as ${sql.ref(`h${i}`)}`),
      ...Array.from(
        { length: ranges },
        (_, i) =>
          sql`select ${sql.lit(`m${i}`)} as k, coalesce(sum(good), 0) as g, coalesce(sum(total), 0) as t, coalesce(sum(case when total > 0 then 1 else 0 end), 0) as ds, coalesce(sum(case when total > 0 and good * ${sql.lit(d)} >= ${sql.lit(n)} * total then 1 else 0 end), 0) as gs from sli_slices where slo = ${''} and at >= ${0} and at < ${0}`,
      ),
    ];
    const text = sql`${sql.join(parts, sql` union all `)}`.compile(this.db).sql;
    if (this.plannedTexts.size > 64) this.plannedTexts.clear();
    this.plannedTexts.set(key, text);
    return text;
  }

  async slices(slo: string, from: number, to: number): Promise<MinuteSlice[]> {
    const rows = await this.db.selectFrom('sli_slices').select(['at', 'good', 'total']).where('slo', '=', slo).where('at', '>=', from).where('at', '<', to).orderBy('at').execute();
    return rows.map((r) => ({ at: Number(r.at), good: Number(r.good), total: Number(r.total) }));
  }

  /** The first and last slice of an SLO, to tell "no data" from "no data yet". */
  async sliceSpan(slo: string): Promise<{ first: number; last: number } | undefined> {
    const r = await this.db.selectFrom('sli_slices').select([sql<number>`min(${sql.ref('at')})`.as('first'), sql<number>`max(${sql.ref('at')})`.as('last')]).where('slo', '=', slo).executeTakeFirst();
    return r && r.first !== null ? { first: Number(r.first), last: Number(r.last) } : undefined;
  }

  /** Incidents of some services that started in [from, to), counted by severity (the packet's team context). */
  async incidentCounts(services: readonly string[], from: number, to: number): Promise<{ severity: string | null; count: number }[]> {
    if (services.length === 0) return [];
    const rows = await this.db
      .selectFrom('incidents')
      .select(['severity', (eb) => eb.fn.countAll<number>().as('n')])
      .where('service', 'in', services)
      .where('started_at', '>=', from)
      .where('started_at', '<', to)
      .groupBy('severity')
      .execute();
    return rows.map((r) => ({ severity: r.severity, count: Number(r.n) }));
  }

  /** Incidents and production deployments of a service that overlap [from, to), for burn attribution. */
  async burnEvents(service: string, from: number, to: number, deploymentInfluenceMs: number): Promise<BurnEvent[]> {
    const incidents = await this.db
      .selectFrom('incidents')
      .select(['id', 'title', 'started_at', 'resolved_at'])
      .where('service', '=', service)
      .where('started_at', '<', to)
      .where((eb) => eb.or([eb('resolved_at', 'is', null), eb('resolved_at', '>', from)]))
      .execute();
    const deployments = await this.db
      .selectFrom('deployments')
      .select(['id', 'finished_at'])
      .where('service', '=', service)
      .where('environment', '=', 'production')
      .where('finished_at', '<', to)
      .where('finished_at', '>', from - deploymentInfluenceMs)
      .execute();
    return [
      ...incidents.map((i) => ({ kind: 'incident' as const, id: i.id, title: i.title, from: Number(i.started_at), to: i.resolved_at === null ? to : Number(i.resolved_at) })),
      ...deployments.map((d) => ({ kind: 'deployment' as const, id: d.id, from: Number(d.finished_at), to: Number(d.finished_at) + deploymentInfluenceMs })),
    ];
  }
}
