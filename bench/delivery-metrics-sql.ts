/**
 * The baseline for bench/delivery-metrics: the same definitions (spec/delivery.md) written as
 * straightforward SQL, the way a reporting job would: every service of one environment at once,
 * one step per definition, each step a temporary table with the index the next step joins on.
 * Window functions give each deployment its place in the finish order, its kind and the
 * deployment it rolls back; joins give what each deployment first shipped, the failures, the
 * rework and the recoveries. Medians are taken in JS from the SQL rows (SQLite has no median).
 * Commit-graph attribution is not done (the demo has no graph; git ingestion is benched apart).
 *
 * The connection may be read-only: only temporary tables are written (SQLite keeps them apart).
 *
 * Definitions, as in src/core/delivery:
 * - kind: an explicit rollback_of, or a commit deployed before that is not the current one, is a
 *   rollback (of the current deployment); the current commit again is a redeploy; else a deploy.
 *   After a deployment without a commit nothing can be told, so it is a deploy.
 * - a change is shipped by the first deploy (in finish order) that lists it (deployment_changes
 *   or change.deployment, same service, known change); the first deployment without any list
 *   ships every change committed before it, as baseline (no lead time).
 * - failed: an incident caused_by it, a rollback of it, or a revert of one of its changes shipped
 *   by a later deployment within the revert window. Rework: a rollback, a remediation, or a
 *   deployment shipping a revert of a change shipped earlier.
 * - recovery of a failed deployment: the earliest (not before it finished) of a rollback of it,
 *   a deployment remediating one of its incidents, a revert of its change (within the window),
 *   or the resolution of its last incident when all are resolved; none yet: open.
 */
import type Database from 'better-sqlite3';

export interface SqlFigures {
  deployments: number;
  failed: number;
  cfr: number | null;
  leadTimeMedianHours: number | null;
  leadTimeN: number;
  rework: number;
  reworkRate: number | null;
  recoveryMedianHours: number | null;
  recoveryN: number;
  recoveryOpen: number;
}

export interface SqlWindow {
  environment: string;
  from: number;
  to: number;
  revertWindowMs: number;
}

/** Each step: a temporary table, then its index. Parameters: @env, @until, @from, @to, @revertWindow. */
const steps = [
  // Successful deployments in finish order per service, with the previous one's commit.
  `create temp table o as
   select d.id, d.service, d.finished_at, d.commit_sha, d.rollback_of, d.remediates,
          row_number() over w as pos, lag(d.commit_sha) over w as prev_commit
   from deployments d
   where d.environment = @env and d.status = 'success' and d.finished_at < @until
   window w as (partition by d.service order by d.finished_at, d.id)`,
  // Kind, and the position of the current deployment (the last one that was not a redeploy).
  `create temp table k as
   select o.*, case
       when rollback_of is not null then 'rollback'
       when commit_sha is null or prev_commit is null then 'deploy'
       when commit_sha = prev_commit then 'redeploy'
       when min(pos) over (partition by service, commit_sha) < pos then 'rollback'
       else 'deploy' end as kind
   from o`,
  `create temp table dep as
   select k.*, max(case when kind <> 'redeploy' then pos end)
            over (partition by service order by pos rows between unbounded preceding and 1 preceding) as current_pos
   from k`,
  `create index temp.dep_pos on dep (service, pos)`,
  `create index temp.dep_id on dep (id)`,
  `create temp table dep2 as
   select d.id, d.service, d.pos, d.finished_at, d.kind, d.remediates,
          case when d.kind <> 'rollback' then null when d.rollback_of is not null then d.rollback_of else cur.id end as rolls_back
   from dep d left join dep cur on cur.service = d.service and cur.pos = d.current_pos`,
  `create index temp.dep2_id on dep2 (id)`,
  `create index temp.dep2_pos on dep2 (service, pos)`,
  `create index temp.dep2_rolls_back on dep2 (rolls_back)`,
  `create index temp.dep2_remediates on dep2 (remediates)`,
  // What each deployment lists (CI's changes[] and changes naming it), known changes of its service only.
  `create temp table listed as
   select dc.deployment, dc.change from deployment_changes dc join dep2 d on d.id = dc.deployment
   union
   select ch.deployment, ch.id from changes ch join dep2 d on d.id = ch.deployment where ch.deployment is not null`,
  `create index temp.listed_deployment on listed (deployment)`,
  // The first deployment of a service, when it is a deploy without any list, ships everything
  // committed before it, as baseline (no lead time).
  `create temp table base as
   select d.id, d.service, d.finished_at from dep2 d
   where d.pos = 1 and d.kind = 'deploy' and not exists (select 1 from listed l where l.deployment = d.id)`,
  // Each change's first shipping deploy: min(pos) picks the row, and with it the deployment and
  // the change's facts (SQLite takes bare columns from the row of the single min()).
  `create temp table shipped as
   select change, min(pos) as pos, deployment, finished_at, baseline, committed_at, is_merge, revert_of from (
     select ch.id as change, d.pos, d.id as deployment, d.finished_at, 0 as baseline, ch.committed_at, ch.is_merge, ch.revert_of
     from listed l join dep2 d on d.id = l.deployment join changes ch on ch.id = l.change
     -- The unary + keeps SQLite on the primary key for ch: offered ch.service = d.service, it
     -- picked the (service, committed_at) index and scanned a service's changes per link.
     where d.kind = 'deploy' and +ch.service = d.service and +ch.committed_at < @until
     union all
     select ch.id, 1, b.id, b.finished_at, 1, ch.committed_at, ch.is_merge, ch.revert_of
     from base b join changes ch on ch.service = b.service and ch.committed_at <= b.finished_at
   ) group by change`,
  `create index temp.shipped_change on shipped (change)`,
  // Reverts whose revert shipped after the reverted change, in the same environment.
  `create temp table reverts as
   select o.deployment as original, v.deployment as by, v.finished_at as at, v.finished_at - o.finished_at <= @revertWindow as within_window
   from shipped v join shipped o on o.change = v.revert_of
   where v.revert_of is not null and o.pos < v.pos`,
  `create index temp.reverts_original on reverts (original)`,
  `create index temp.reverts_by on reverts (by)`,
  `create temp table caused as
   select i.caused_by as deployment, count(*) as n, count(i.resolved_at) as resolved, max(i.resolved_at) as last_resolved
   from incidents i join dep2 d on d.id = i.caused_by and d.service = +i.service
   where i.caused_by is not null and i.started_at < @until group by i.caused_by`,
  `create index temp.caused_deployment on caused (deployment)`,
]

/** Per deployment in the window: failed, rework, and the recovery time in ms (null: open or not failed). */
const perDeployment = `
select d.service, d.id, d.finished_at,
  (exists (select 1 from caused c where c.deployment = d.id)
   or exists (select 1 from dep2 r where r.rolls_back = d.id)
   or exists (select 1 from reverts v where v.original = d.id and v.within_window)) as failed,
  (d.kind = 'rollback' or d.remediates is not null or exists (select 1 from reverts v where v.by = d.id)) as rework,
  (select min(at) from (
     select r.finished_at as at from dep2 r where r.rolls_back = d.id
     union all
     select r.finished_at from incidents i join dep2 r on r.remediates = i.id and r.service = d.service
       where i.caused_by = d.id and i.service = d.service and i.started_at < @until
     union all
     select v.at from reverts v where v.original = d.id and v.within_window
     union all
     select c.last_resolved from caused c where c.deployment = d.id and c.resolved = c.n
   ) where at >= d.finished_at) as recovered_at
from dep2 d where d.finished_at >= @from and d.finished_at < @to`;

const leadTimes = `
select d.service, s.finished_at - s.committed_at as ms
from shipped s join dep2 d on d.id = s.deployment
where s.finished_at >= @from and s.finished_at < @to and s.baseline = 0 and s.is_merge = 0 and s.finished_at >= s.committed_at`;

const HOUR = 3_600_000;

/** Every service's figures for one environment and window, keyed by service id. */
export function sqlDeliveryFigures(db: Database.Database, w: SqlWindow): Map<string, SqlFigures> {
  const params = { env: w.environment, from: w.from, to: w.to, until: w.to + w.revertWindowMs, revertWindow: w.revertWindowMs };
  for (const t of ['caused', 'reverts', 'shipped', 'base', 'listed', 'dep2', 'dep', 'k', 'o']) db.exec(`drop table if exists temp.${t}`);
  for (const step of steps) {
    const stmt = db.prepare(step);
    const used = Object.fromEntries(Object.entries(params).filter(([k]) => step.includes(`@${k}`)));
    stmt.run(used);
  }
  const out = new Map<string, SqlFigures>();
  const acc = new Map<string, { deployments: number; failed: number; rework: number; recovery: number[]; open: number; lead: number[] }>();
  const of = (s: string) => {
    let a = acc.get(s);
    if (!a) acc.set(s, (a = { deployments: 0, failed: 0, rework: 0, recovery: [], open: 0, lead: [] }));
    return a;
  };
  type Row = { service: string; id: string; finished_at: number; failed: number; rework: number; recovered_at: number | null };
  for (const r of db.prepare<Record<string, unknown>, Row>(perDeployment).iterate({ from: params.from, to: params.to, until: params.until })) {
    const a = of(r.service);
    a.deployments++;
    if (r.rework) a.rework++;
    if (!r.failed) continue;
    a.failed++;
    if (r.recovered_at === null) a.open++;
    else a.recovery.push((r.recovered_at - r.finished_at) / HOUR);
  }
  for (const r of db.prepare<Record<string, unknown>, { service: string; ms: number }>(leadTimes).iterate({ from: params.from, to: params.to })) {
    of(r.service).lead.push(r.ms / HOUR);
  }
  for (const [s, a] of acc) {
    const lead = a.lead.sort((x, y) => x - y);
    const rec = a.recovery.sort((x, y) => x - y);
    out.set(s, {
      deployments: a.deployments,
      failed: a.failed,
      cfr: a.deployments === 0 ? null : a.failed / a.deployments,
      leadTimeMedianHours: median(lead),
      leadTimeN: lead.length,
      rework: a.rework,
      reworkRate: a.deployments === 0 ? null : a.rework / a.deployments,
      recoveryMedianHours: median(rec),
      recoveryN: rec.length,
      recoveryOpen: a.open,
    });
  }
  return out;
}

/** The true median of ascending values: the middle one, or the mean of the two middle ones. */
function median(ascending: readonly number[]): number | null {
  const n = ascending.length;
  if (n === 0) return null;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? ascending[mid]! : (ascending[mid - 1]! + ascending[mid]!) / 2;
}
