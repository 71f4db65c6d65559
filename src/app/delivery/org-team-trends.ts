/**
 * Each team's delivery against its own past, for the organisation page: this window vs the one
 * before it, of the same length, with a verdict per metric that rests on a test and on enough
 * events each side (core/delivery/own-past.ts). Teams are listed by name and never ranked: a
 * team is compared with itself, because teams differ in what they run.
 *
 * Built from the same (cached) team reports as the team pages, so the figures agree with them;
 * the store queries are those of the team report.
 */
import { DAY, ownPast, type OwnPast } from '../../core/delivery/index.js';
import type { Actor } from '../../core/access/actor.js';
import { TrellisError } from '../../errors.js';
import { assertAllowed } from '../authorize.js';
import { currentMinute, DEFAULT_WINDOW_DAYS, deliveryFigures, type DeliveryDeps, type DeliveryReport } from './delivery-figures.js';

export interface TeamTrend {
  id: string;
  name: string;
  services: number;
  trend: OwnPast;
}

export interface OrgTeamTrends {
  window: { from: number; to: number };
  /**
   * Set when the organisation's data end well before the asked end (an import that stopped, a
   * demo): both periods then end at the week the data end, so weeks with no data yet do not read
   * as every team slowing down.
   */
  dataEndsAt: number | null;
  previous: { from: number; to: number };
  environment: string;
  teams: TeamTrend[];
}

export interface OrgTrendQuery {
  from?: number | undefined;
  to?: number | undefined;
  environment?: string | undefined;
}

const periodOf = (r: DeliveryReport) => ({
  deployments: r.metrics.deploymentFrequency.deployments,
  failed: r.metrics.changeFailureRate.failed,
  leadTimes: r.metrics.leadTime.events.leadTimes,
  days: (r.metrics.to - r.metrics.from) / DAY,
});

export async function orgTeamTrends(deps: DeliveryDeps, actor: Actor, q: OrgTrendQuery): Promise<OrgTeamTrends> {
  assertAllowed(actor, 'read', { type: 'team-delivery' });
  const askedTo = q.to ?? currentMinute(deps.runtime);
  const askedFrom = q.from ?? askedTo - DEFAULT_WINDOW_DAYS * DAY;
  if (!(askedFrom < askedTo)) throw new TrellisError('BAD_INPUT', 'The window is empty: `from` must be before `to`.', [{ field: 'from', message: 'must be before to' }]);
  const dataEndsAt = await dataEnd(deps, actor, askedFrom, askedTo, q.environment);
  const to = dataEndsAt ?? askedTo;
  const from = to - (askedTo - askedFrom);
  const previous = { from: from - (to - from), to: from };
  const services = await deps.delivery.servicesOf();
  const teamIds = [...new Set(services.map((s) => s.team))];
  const teams: TeamTrend[] = [];
  for (const id of teamIds) {
    const scope = { kind: 'team' as const, id };
    // Own-past verdicts test lead times per deployment: the reports with their events.
    const now = await deliveryFigures(deps, actor, { scope, from, to, environment: q.environment, detail: 'events' });
    const before = await deliveryFigures(deps, actor, { scope, from: previous.from, to: previous.to, environment: q.environment, detail: 'events' });
    teams.push({ id, name: now.scope.name, services: now.scope.services.length, trend: ownPast(periodOf(before), periodOf(now)) });
  }
  // By name, never by a figure: this is not a league table.
  teams.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id));
  return { window: { from, to }, dataEndsAt, previous, environment: q.environment ?? 'production', teams };
}

/** Data older than this before the asked end counts as "the data stop here". */
const STALE_DAYS = 14;

/**
 * The end of the week of the organisation's last deployment in the asked window, when that is
 * more than two weeks before the asked end; else null. From the organisation's weekly trend (the
 * same cached report the page shows), so no extra query.
 */
async function dataEnd(deps: DeliveryDeps, actor: Actor, from: number, to: number, environment: string | undefined): Promise<number | null> {
  const org = await deliveryFigures(deps, actor, { scope: { kind: 'org' }, from, to, environment });
  const last = [...org.trend].reverse().find((w) => w.deployments > 0);
  if (!last) return null;
  const weekEnd = Date.parse(`${last.week}T00:00:00Z`) + 7 * DAY;
  return weekEnd < to - STALE_DAYS * DAY ? weekEnd : null;
}
