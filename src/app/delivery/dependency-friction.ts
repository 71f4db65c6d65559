/**
 * Cross-team dependency friction of one team over a window: load the pull requests around the
 * team and the team of each person named in them, then call the pure core. Only team ids and
 * names leave here: people are resolved to their team inside this use case. With the report
 * cache, a team's friction is computed once per window and data version.
 */
import type { Actor } from '../../core/access/actor.js';
import { dependencyFriction, DAY, type DependencyFriction } from '../../core/delivery/index.js';
import { TrellisError } from '../../errors.js';
import type { FrictionRepository } from '../../store/friction-repository.js';
import type { OrgRepository } from '../../store/org-repository.js';
import { assertAllowed } from '../authorize.js';
import type { Runtime } from '../runtime.js';
import { currentMinute, DEFAULT_WINDOW_DAYS } from './delivery-figures.js';
import { cacheKey, type ReportCache } from './report-cache.js';

export interface FrictionDeps {
  friction: FrictionRepository;
  org: Pick<OrgRepository, 'getTeam'>;
  runtime: Pick<Runtime, 'now'>;
  /** Figures already computed (the HTTP server's report cache); absent: always compute. */
  cache?: ReportCache | undefined;
}

export interface FrictionQuery {
  team: string;
  /** Epoch ms; default: 90 days before `to`. */
  from?: number | undefined;
  /** Epoch ms; default: now, rounded down to the minute. */
  to?: number | undefined;
}

export interface FrictionReport extends Omit<DependencyFriction, 'team'> {
  team: { id: string; name: string };
  window: { from: string; to: string };
  /** Names of the other teams in `waitingOn`, `incoming` and the events. */
  teamNames: Record<string, string>;
}

export async function teamFriction(deps: FrictionDeps, actor: Actor, q: FrictionQuery): Promise<FrictionReport> {
  assertAllowed(actor, 'read', { type: 'team-delivery', team: q.team });
  const to = q.to ?? currentMinute(deps.runtime);
  const from = q.from ?? to - DEFAULT_WINDOW_DAYS * DAY;
  if (!(from < to)) throw new TrellisError('BAD_INPUT', 'The window is empty: `from` must be before `to`.', [{ field: 'from', message: 'must be before to' }]);
  const compute = () => computeFriction(deps, q.team, from, to);
  if (deps.cache === undefined) return compute();
  // Pull requests and team membership are records: an import changes the data version.
  return deps.cache.getOrCompute(cacheKey<FrictionReport>('friction', q.team, from, to, await deps.friction.dataVersion()), compute);
}

async function computeFriction(deps: FrictionDeps, teamId: string, from: number, to: number): Promise<FrictionReport> {
  const team = await deps.org.getTeam(teamId);
  if (!team) throw new TrellisError('NOT_FOUND', `No team "${teamId}".`);
  const prs = await deps.friction.pullRequestsAround(team.id, from, to);
  const people = prs.flatMap((p) => [p.author, p.firstReviewer, p.mergedBy].filter((x): x is string => x !== undefined));
  const teams = await deps.friction.teamsOf(people);
  const f = dependencyFriction(prs, (person) => teams.get(person), { team: team.id, from, to });
  const names: Record<string, string> = {};
  for (const id of new Set([...f.waitingOn, ...f.incoming].map((p) => p.team).concat(f.events.flatMap((e) => (e.byTeam ? [e.byTeam] : []))))) {
    names[id] = (await deps.org.getTeam(id))?.name ?? id;
  }
  return { ...f, team: { id: team.id, name: team.name }, window: { from: new Date(from).toISOString(), to: new Date(to).toISOString() }, teamNames: names };
}
