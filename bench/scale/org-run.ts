/**
 * One organisation report in its own process (so its peak RSS is its own), for
 * bench/delivery-scale.ts: `facts` (Trellis: the report use case — figures only, as the
 * organisation page and `trellis dora --org` ask for it), `facts-events` (the same with every
 * drill-down list, as `--json --events` asks),
 * `events` (the previous path: every event of every service in memory) or `sql` (the plain-SQL
 * baseline: deployments in the window and the median lead time of the changes they listed, one
 * join — as written, or with its order forced — leaving out redeploys and rollbacks, which ship
 * nothing; the median taken over the returned rows). Prints one JSON line.
 *
 *   node --import tsx bench/scale/org-run.ts facts|facts-events|events|sql|sql-ordered DB FROM_MS TO_MS
 */
import { sql } from 'kysely';
import { reportFromEvents, resolveScope, deliveryFigures } from '../../src/app/delivery/delivery-figures.js';
import { median } from '../../src/core/delivery/index.js';
import { openStore } from '../../src/store/db.js';
import { DeliveryRepository } from '../../src/store/delivery-repository.js';
import { OrgRepository } from '../../src/store/org-repository.js';

const [mode, db, fromArg, toArg] = process.argv.slice(2);
const from = Number(fromArg);
const to = Number(toArg);
const store = await openStore(db!, { readonly: !db!.startsWith('postgres') });
const operator = { kind: 'operator' } as const;
const deps = { delivery: new DeliveryRepository(store.db), org: new OrgRepository(store.db), runtime: { now: () => to } };

const t0 = performance.now();
let figures: { deployments: number; leadTimeMedianHours: number | null; leadTimeN: number; [k: string]: unknown };
if (mode === 'sql' || mode === 'sql-ordered') {
  // `sql`: the one join as a reporting job would write it (the query planner picks the order);
  // `sql-ordered`: the same join forced to start from the window's deployments (CROSS JOIN fixes
  // SQLite's order; PostgreSQL plans both alike), a stronger baseline than the issue measured.
  const ordered = mode === 'sql-ordered';
  const count = await sql<{ n: number }>`
    select count(*) as n from deployments
    where environment = 'production' and status = 'success' and finished_at >= ${from} and finished_at < ${to}`.execute(store.db);
  // A redeploy (the commit already deployed) and a rollback ship nothing (spec/delivery.md): the
  // one step past a bare join, so both sides count the same lead times.
  const leads = ordered
    ? await sql<{ lead: number }>`
    select o.finished_at - c.committed_at as lead
    from (select d.id, d.service, d.finished_at, d.commit_sha, d.rollback_of,
                 lag(d.commit_sha) over (partition by d.service order by d.finished_at, d.id) as prev
          from deployments d where d.environment = 'production' and d.status = 'success' and d.finished_at < ${to}) o
    cross join deployment_changes dc cross join changes c
    where o.finished_at >= ${from} and dc.deployment = o.id and c.id = dc.change and c.service = o.service and c.is_merge = 0
      and o.rollback_of is null and (o.prev is null or o.commit_sha is null or o.commit_sha <> o.prev)`.execute(store.db)
    : await sql<{ lead: number }>`
    select o.finished_at - c.committed_at as lead
    from (select d.id, d.service, d.finished_at, d.commit_sha, d.rollback_of,
                 lag(d.commit_sha) over (partition by d.service order by d.finished_at, d.id) as prev
          from deployments d where d.environment = 'production' and d.status = 'success' and d.finished_at < ${to}) o
    join deployment_changes dc on dc.deployment = o.id
    join changes c on c.id = dc.change and c.service = o.service
    where o.finished_at >= ${from} and c.is_merge = 0
      and o.rollback_of is null and (o.prev is null or o.commit_sha is null or o.commit_sha <> o.prev)`.execute(store.db);
  const hours = leads.rows.map((r) => Number(r.lead) / 3_600_000).filter((h) => h >= 0);
  figures = { deployments: Number(count.rows[0]!.n), leadTimeMedianHours: median(hours), leadTimeN: hours.length };
} else {
  const report =
    mode === 'events'
      ? await reportFromEvents(deps, await resolveScope(deps, operator, { kind: 'org' }), { from, to })
      : await deliveryFigures(deps, operator, { scope: { kind: 'org' }, from, to, detail: mode === 'facts-events' ? 'events' : 'figures' });
  const m = report.metrics;
  figures = {
    deployments: m.deploymentFrequency.deployments,
    leadTimeMedianHours: m.leadTime.medianHours,
    leadTimeN: m.leadTime.n,
    cfr: m.changeFailureRate.rate,
    failed: m.changeFailureRate.failed,
    recoveryMedianHours: m.recoveryTime.medianHours,
    recoveryN: m.recoveryTime.n,
    open: m.recoveryTime.open,
    reworkRate: m.reworkRate.rate,
    timeToRestoreHours: m.timeToRestore.medianHours,
    unattributed: m.unattributedIncidents,
    failedAttempts: m.failedAttempts,
    undeployed: m.undeployedChanges.count,
    deployDaysPerWeek: m.deploymentFrequency.deployDaysPerWeek,
  };
}
const ms = performance.now() - t0;
await store.close();
console.log(JSON.stringify({ mode, ms, maxRssMB: process.resourceUsage().maxRSS / 1024, figures }));
