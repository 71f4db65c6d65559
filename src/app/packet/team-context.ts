/**
 * The team's delivery figures over the packet's period, through the same use case as the team
 * delivery page (so the same access rule, definitions and report cache apply), and its
 * services' reliability figures (SLO budgets and burn, incidents). A team without services or
 * SLOs has no figures; that is shown as such, not as an error.
 */
import type { Actor } from '../../core/access/actor.js';
import { deliveryContext, type TeamContext } from '../../core/packet/index.js';
import type { Team } from '../../store/org-repository.js';
import { currentMinute, deliveryFigures } from '../delivery/delivery-figures.js';
import { deliveryDepsOf, type LivingDocumentDeps } from '../living-document/deps.js';
import { teamReliabilityFigures } from '../reliability/team-reliability.js';

export async function teamContext(deps: LivingDocumentDeps, actor: Actor, team: Team, period: { from: number; to: number }): Promise<TeamContext> {
  // A period still running ends at the current minute, so its figures can come from the cache.
  const to = Math.min(period.to, currentMinute(deps.runtime));
  const base = { team: team.id, teamName: team.name, from: period.from, to: period.to };
  if (!(period.from < to)) return { ...base, delivery: [], reliability: null };
  const report = await deliveryFigures(deliveryDepsOf(deps), actor, { scope: { kind: 'team', id: team.id }, from: period.from, to });
  const reliability = await teamReliabilityFigures({ slos: deps.data.slos, org: deps.data.org }, actor, team.id, { from: period.from, to });
  return { ...base, to, delivery: report.scope.services.length === 0 ? [] : deliveryContext(report.metrics), reliability };
}
