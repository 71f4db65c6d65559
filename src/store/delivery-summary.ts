/**
 * What a figures-only delivery report reads (src/core/delivery/facts-summary.ts): numbers, not
 * the events behind them. Per chunk of services, each query is one indexed range read per
 * service over the window (migrations 015 and 026) that returns only the columns a figure needs:
 * finish times, lead-time pairs, counts and the oldest undeployed commit, the evidence of the few
 * deployments that have some, and the window's incidents.
 *
 * `readWindowSummary` pools its services (a team, the organisation); `readServiceSummaries` keeps
 * each service apart (every service's figures at once: the same queries, with the service column).
 */
import { sql, type Kysely } from 'kysely';
import type { DeploymentEvidence } from '../core/delivery/facts.js';
import type { WindowSummary } from '../core/delivery/facts-summary.js';
import { chunks, readIncidents, servicesWithoutFacts, undeployedChanges, undeployedFacts, type FactsWindow } from './delivery-facts.js';
import type { Database } from './schema.js';
import { jsonNumbers, numbers } from './sql-dialect.js';

/** One summary being filled in, chunk by chunk. */
class Summary {
  finishedAt: number[] = [];
  readonly evidence: WindowSummary['evidence'][number][] = [];
  shippedAt: number[] = [];
  committedAt: number[] = [];
  readonly incidents: WindowSummary['incidents'][number][] = [];
  baselineChanges = 0;
  failedAttempts = 0;
  undeployed = 0;
  oldest: number | null = null;

  /** Appends a chunk's list (the first is taken as it is: most reports have one chunk). */
  add(list: 'finishedAt' | 'shippedAt' | 'committedAt', values: number[]): void {
    if (this[list].length === 0) this[list] = values;
    else for (const v of values) this[list].push(v);
  }

  waiting(count: number, oldest: number | null): void {
    this.undeployed += count;
    if (oldest !== null && (this.oldest === null || oldest < this.oldest)) this.oldest = oldest;
  }

  done(): WindowSummary {
    return {
      finishedAt: this.finishedAt,
      evidence: this.evidence,
      shipped: { finishedAt: this.shippedAt, committedAt: this.committedAt },
      baselineChanges: this.baselineChanges,
      undeployed: { count: this.undeployed, oldestCommittedAt: this.oldest },
      failedAttempts: this.failedAttempts,
      incidents: this.incidents,
    };
  }
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** The pooled summary of `services` over the window. */
export async function readWindowSummary(db: Kysely<Database>, services: readonly string[], w: FactsWindow): Promise<WindowSummary> {
  const s = new Summary();
  for (const part of chunks(services)) {
    const [finished, withEvidence, shipped, waiting, attempts, incidents] = await Promise.all([
      deployments(db, part, w).select(jsonNumbers(db, 'finished_at').as('f')).executeTakeFirst(),
      deployments(db, part, w).select(['deployment', 'finished_at', 'evidence']).where('evidence', 'is not', null).execute(),
      // One pass over the window's shipments: lead-time pairs and the baseline count.
      shipments(db, part, w)
        .select([jsonNumbers(db, 'finished_at', leadFilter(w)).as('f'), jsonNumbers(db, 'committed_at', leadFilter(w)).as('c'), sql<number>`count(*) filter (where baseline = 1)`.as('baseline')])
        .executeTakeFirst(),
      undeployed(db, part, w, false),
      failedAttempts(db, part, w).executeTakeFirstOrThrow(),
      readIncidents(db, part, w),
    ]);
    s.add('finishedAt', numbers(finished?.f));
    for (const r of withEvidence) s.evidence.push({ id: r.deployment, finishedAt: Number(r.finished_at), evidence: JSON.parse(r.evidence!) as DeploymentEvidence });
    s.add('shippedAt', numbers(shipped?.f));
    s.add('committedAt', numbers(shipped?.c));
    s.baselineChanges += Number(shipped?.baseline ?? 0);
    for (const r of waiting) s.waiting(Number(r.n), num(r.oldest));
    s.failedAttempts += Number(attempts.n);
    for (const i of incidents) s.incidents.push(i);
  }
  return s.done();
}

/** Each service's own summary over the window (its incidents only: a service's report scope is itself). */
export async function readServiceSummaries(db: Kysely<Database>, services: readonly string[], w: FactsWindow): Promise<Map<string, WindowSummary>> {
  const byService = new Map<string, Summary>(services.map((s) => [s, new Summary()]));
  const of = (service: string) => byService.get(service);
  for (const part of chunks(services)) {
    const [finished, withEvidence, shipped, waiting, attempts, incidents] = await Promise.all([
      deployments(db, part, w).select(['service', jsonNumbers(db, 'finished_at').as('f')]).groupBy('service').execute(),
      deployments(db, part, w).select(['service', 'deployment', 'finished_at', 'evidence']).where('evidence', 'is not', null).execute(),
      shipments(db, part, w)
        .select(['service', jsonNumbers(db, 'finished_at', leadFilter(w)).as('f'), jsonNumbers(db, 'committed_at', leadFilter(w)).as('c'), sql<number>`count(*) filter (where baseline = 1)`.as('baseline')])
        .groupBy('service')
        .execute(),
      undeployed(db, part, w, true),
      failedAttempts(db, part, w).select('service').groupBy('service').execute(),
      readIncidents(db, part, w),
    ]);
    for (const r of finished) of(r.service)?.add('finishedAt', numbers(r.f));
    for (const r of withEvidence) of(r.service)?.evidence.push({ id: r.deployment, finishedAt: Number(r.finished_at), evidence: JSON.parse(r.evidence!) as DeploymentEvidence });
    for (const r of shipped) {
      const s = of(r.service);
      if (s === undefined) continue;
      s.add('shippedAt', numbers(r.f));
      s.add('committedAt', numbers(r.c));
      s.baselineChanges += Number(r.baseline);
    }
    for (const r of waiting) of(r.service!)?.waiting(Number(r.n), num(r.oldest));
    for (const r of attempts) {
      const s = of(r.service);
      if (s) s.failedAttempts += Number(r.n);
    }
    for (const i of incidents) of(i.service)?.incidents.push(i);
  }
  return new Map([...byService].map(([service, s]) => [service, s.done()]));
}

/** Successful deployments of the window (their facts). */
const deployments = (db: Kysely<Database>, part: string[], w: FactsWindow) =>
  db.selectFrom('delivery_deployment_facts').where('environment', '=', w.environment).where('service', 'in', part).where('finished_at', '>=', w.from).where('finished_at', '<', w.to);

/** Changes shipped by deployments of the window, committed before `until` (the lead-time index). */
const shipments = (db: Kysely<Database>, part: string[], w: FactsWindow) =>
  db
    .selectFrom('delivery_change_facts')
    .where('environment', '=', w.environment)
    .where('service', 'in', part)
    .where('finished_at', '>=', w.from)
    .where('finished_at', '<', w.to)
    .where('committed_at', '<', w.until);

/** Which shipments have a lead time: shipped by non-baseline deployments, merges only when asked for. */
const leadFilter = (w: FactsWindow) => (w.includeMerges ? sql`baseline = 0` : sql`baseline = 0 and is_merge = 0`);

const failedAttempts = (db: Kysely<Database>, part: string[], w: FactsWindow) =>
  db
    .selectFrom('deployments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('service', 'in', part)
    .where('environment', '=', w.environment)
    .where('finished_at', '>=', w.from)
    .where('finished_at', '<', w.to)
    .where('status', '=', 'failure');

/**
 * How many changes committed before `to` nothing had shipped by `to`, and the oldest commit time
 * among them (per service when `grouped`): the same changes as the event list of
 * delivery-facts.ts (`readUndeployed`), counted.
 */
async function undeployed(db: Kysely<Database>, services: string[], w: FactsWindow, grouped: boolean): Promise<{ service?: string; n: unknown; oldest: unknown }[]> {
  const base = undeployedFacts(db, services, w)
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('committed_at').as('oldest')])
    .$if(grouped, (q) => q.select('service').groupBy('service'));
  const [never, later, without] = await Promise.all([base.where('finished_at', 'is', null).execute(), base.where('finished_at', '>=', w.to).execute(), servicesWithoutFacts(db, services, w.environment)]);
  const raw =
    without.length === 0
      ? []
      : await undeployedChanges(db, without, w)
          .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('committed_at').as('oldest')])
          .$if(grouped, (q) => q.select('service').groupBy('service'))
          .execute();
  return [...never, ...later, ...raw] as { service?: string; n: unknown; oldest: unknown }[];
}
