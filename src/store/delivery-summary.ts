/**
 * What a figures-only delivery report reads (src/core/delivery/facts-summary.ts): numbers, not
 * the events behind them. Per chunk of services, each query is one indexed range read per
 * service over the window (migrations 015 and 026) that returns only the columns a figure needs:
 * finish times, lead-time pairs, counts and the oldest undeployed commit, the evidence of the few
 * deployments that have some, and the window's incidents.
 */
import type { Kysely } from 'kysely';
import type { DeploymentEvidence } from '../core/delivery/facts.js';
import type { WindowSummary } from '../core/delivery/facts-summary.js';
import { chunks, readIncidents, type FactsWindow } from './delivery-facts.js';
import type { Database } from './schema.js';

export async function readWindowSummary(db: Kysely<Database>, services: readonly string[], w: FactsWindow): Promise<WindowSummary> {
  const finishedAt: number[] = [];
  const evidence: WindowSummary['evidence'][number][] = [];
  const shippedAt: number[] = [];
  const committedAt: number[] = [];
  const incidents: WindowSummary['incidents'][number][] = [];
  let baselineChanges = 0;
  let failedAttempts = 0;
  let undeployed = 0;
  let oldest: number | null = null;
  for (const part of chunks(services)) {
    const deployments = db
      .selectFrom('delivery_deployment_facts')
      .where('environment', '=', w.environment)
      .where('service', 'in', part)
      .where('finished_at', '>=', w.from)
      .where('finished_at', '<', w.to);
    const [finished, withEvidence, shipped, waiting, attempts, partIncidents] = await Promise.all([
      deployments.select('finished_at').execute(),
      deployments.select(['deployment', 'finished_at', 'evidence']).where('evidence', 'is not', null).execute(),
      db
        .selectFrom('delivery_change_facts')
        .select(['finished_at', 'committed_at', 'baseline', 'is_merge'])
        .where('environment', '=', w.environment)
        .where('service', 'in', part)
        .where('finished_at', '>=', w.from)
        .where('finished_at', '<', w.to)
        .where('committed_at', '<', w.until)
        .execute(),
      readUndeployedSummary(db, part, w),
      db
        .selectFrom('deployments')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('service', 'in', part)
        .where('environment', '=', w.environment)
        .where('finished_at', '>=', w.from)
        .where('finished_at', '<', w.to)
        .where('status', '=', 'failure')
        .executeTakeFirstOrThrow(),
      readIncidents(db, part, w),
    ]);
    for (const r of finished) finishedAt.push(Number(r.finished_at));
    for (const r of withEvidence) evidence.push({ id: r.deployment, finishedAt: Number(r.finished_at), evidence: JSON.parse(r.evidence!) as DeploymentEvidence });
    for (const r of shipped) {
      if (Number(r.baseline) === 1) baselineChanges++;
      else if (w.includeMerges || Number(r.is_merge) === 0) {
        shippedAt.push(Number(r.finished_at));
        committedAt.push(Number(r.committed_at));
      }
    }
    undeployed += waiting.count;
    if (waiting.oldest !== null && (oldest === null || waiting.oldest < oldest)) oldest = waiting.oldest;
    failedAttempts += Number(attempts.n);
    for (const i of partIncidents) incidents.push(i);
  }
  return {
    finishedAt,
    evidence,
    shipped: { finishedAt: shippedAt, committedAt },
    baselineChanges,
    undeployed: { count: undeployed, oldestCommittedAt: oldest },
    failedAttempts,
    incidents,
  };
}

/**
 * How many changes committed before `to` nothing had shipped by `to`, and the oldest commit time
 * among them: never shipped (null) or shipped at or after `to`; a service without facts in the
 * environment never deployed there, so all its changes count (from the changes table).
 */
async function readUndeployedSummary(db: Kysely<Database>, services: string[], w: FactsWindow): Promise<{ count: number; oldest: number | null }> {
  const base = db
    .selectFrom('delivery_change_facts')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('committed_at').as('oldest')])
    .where('environment', '=', w.environment)
    .where('service', 'in', services)
    .where('committed_at', '<', w.to)
    .$if(!w.includeMerges, (q) => q.where('is_merge', '=', 0));
  const [never, later, built] = await Promise.all([
    base.where('finished_at', 'is', null).executeTakeFirstOrThrow(),
    base.where('finished_at', '>=', w.to).executeTakeFirstOrThrow(),
    db.selectFrom('delivery_fact_scopes').select('service').where('environment', '=', w.environment).where('service', 'in', services).execute(),
  ]);
  const withFacts = new Set(built.map((b) => b.service));
  const without = services.filter((s) => !withFacts.has(s));
  const raw =
    without.length === 0
      ? { n: 0, oldest: null }
      : await db
          .selectFrom('changes')
          .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('committed_at').as('oldest')])
          .where('service', 'in', without)
          .where('committed_at', '<', w.to)
          .$if(!w.includeMerges, (q) => q.where('is_merge', '=', 0))
          .executeTakeFirstOrThrow();
  let count = 0;
  let oldest: number | null = null;
  for (const r of [never, later, raw]) {
    count += Number(r.n);
    if (r.oldest !== null && r.oldest !== undefined && (oldest === null || Number(r.oldest) < oldest)) oldest = Number(r.oldest);
  }
  return { count, oldest };
}
