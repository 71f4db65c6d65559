/**
 * The baseline for bench/delivery-metrics: the same definitions (spec/delivery.md) written as
 * straightforward SQL per service, as a reporting query would be — SQLite window functions for
 * the deployment order and kind, joins for what each deployment first shipped, and the lead-time
 * median taken in JS from the SQL rows. Production only; no commit graph (the demo has none).
 *
 * Kinds follow attribution.ts: an explicit rollback_of, or a commit deployed before (not the
 * current one) is a rollback; the current commit again is a redeploy; anything else a deploy.
 * A failure is an incident caused_by it, a rollback of it, or a revert of one of its changes
 * shipped by a later deployment within 14 days.
 */
import type Database from 'better-sqlite3';

export interface SqlFigures {
  deployments: number;
  failed: number;
  cfr: number | null;
  leadTimeMedianHours: number | null;
  leadTimeN: number;
}

const query = `
with o as (
  select d.id, d.finished_at, d.commit_sha, d.rollback_of,
         row_number() over w as pos,
         lag(d.commit_sha) over w as prev_commit,
         exists (select 1 from deployment_changes dc where dc.deployment = d.id) as has_list
  from deployments d
  where d.service = @s and d.environment = 'production' and d.status = 'success' and d.finished_at < @until
  window w as (order by d.finished_at, d.id)
),
f as (select o.*, min(pos) over (partition by commit_sha) as first_pos from o),
k as (
  select f.*,
    case when rollback_of is not null then 'rollback'
         when commit_sha is null or prev_commit is null then 'deploy'
         when commit_sha = prev_commit then 'redeploy'
         when first_pos < pos then 'rollback'
         else 'deploy' end as kind
  from f
),
c as (
  select k.*, max(case when kind <> 'redeploy' then pos end)
           over (order by pos rows between unbounded preceding and 1 preceding) as current_pos
  from k
),
dep as (
  select c.id, c.pos, c.finished_at, c.kind, c.has_list,
         case when c.kind <> 'rollback' then null
              when c.rollback_of is not null then c.rollback_of
              else (select p.id from c p where p.pos = c.current_pos) end as rolls_back
  from c
),
ship as (
  select change, min(pos) as pos from (
    select dc.change, dep.pos from dep
      join deployment_changes dc on dc.deployment = dep.id
      join changes ch on ch.id = dc.change and ch.service = @s and ch.committed_at < @until
    where dep.kind = 'deploy'
    union all
    select ch.id, dep.pos from dep join changes ch on ch.service = @s and ch.committed_at <= dep.finished_at
    where dep.pos = 1 and dep.kind = 'deploy' and dep.has_list = 0
  ) group by change
),
shipped as (
  select s.change, s.pos, ch.revert_of, ch.committed_at, ch.is_merge, dep.finished_at, dep.id as deployment,
         (dep.pos = 1 and dep.has_list = 0) as baseline
  from ship s join dep on dep.pos = s.pos join changes ch on ch.id = s.change
),
failed as (
  select dep.id from dep where exists (select 1 from incidents i where i.service = @s and i.started_at < @until and i.caused_by = dep.id)
  union select r.rolls_back from dep r where r.kind = 'rollback' and r.rolls_back is not null
  union select o.deployment from shipped v join shipped o on o.change = v.revert_of
    where o.pos < v.pos and v.finished_at - o.finished_at <= @revertWindow
)
select 'n' as what, count(*) as a, sum(id in (select id from failed)) as b from dep where finished_at >= @from and finished_at < @to
union all
select 'lt', finished_at - committed_at, null from shipped
  where finished_at >= @from and finished_at < @to and baseline = 0 and is_merge = 0 and finished_at >= committed_at
`;

export function sqlDeliveryFigures(db: Database.Database): (service: string, from: number, to: number, revertWindowMs: number) => SqlFigures {
  const stmt = db.prepare<Record<string, unknown>, { what: string; a: number; b: number | null }>(query);
  return (service, from, to, revertWindowMs) => {
    const rows = stmt.all({ s: service, from, to, until: to + revertWindowMs, revertWindow: revertWindowMs });
    const head = rows.find((r) => r.what === 'n');
    const deployments = head?.a ?? 0;
    const failed = head?.b ?? 0;
    const lead = rows.filter((r) => r.what === 'lt').map((r) => r.a / 3_600_000).sort((x, y) => x - y);
    return { deployments, failed, cfr: deployments === 0 ? null : failed / deployments, leadTimeMedianHours: median(lead), leadTimeN: lead.length };
  };
}

/** The true median of ascending values: the middle one, or the mean of the two middle ones. */
function median(ascending: readonly number[]): number | null {
  const n = ascending.length;
  if (n === 0) return null;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? ascending[mid]! : (ascending[mid - 1]! + ascending[mid]!) / 2;
}
