/**
 * The team's delivery figures over the packet's period, through the same use case as the team
 * delivery page (so the same access rule and definitions apply). A team without services has
 * no figures; that is shown as such, not as an error.
 */
import type { Actor } from '../../core/access/actor.js';
import { deliveryContext, type TeamContext } from '../../core/packet/index.js';
import type { Team } from '../../store/org-repository.js';
import { deliveryFigures } from '../delivery/delivery-figures.js';
import type { LivingDocumentDeps } from '../living-document/deps.js';

export async function teamContext(deps: LivingDocumentDeps, actor: Actor, team: Team, period: { from: number; to: number }): Promise<TeamContext> {
  const to = Math.min(period.to, deps.runtime.now());
  const base = { team: team.id, teamName: team.name, from: period.from, to: period.to, reliability: null };
  if (!(period.from < to)) return { ...base, delivery: [] };
  const report = await deliveryFigures({ delivery: deps.delivery, org: deps.data.org, runtime: deps.runtime }, actor, { scope: { kind: 'team', id: team.id }, from: period.from, to });
  return { ...base, to, delivery: report.scope.services.length === 0 ? [] : deliveryContext(report.metrics) };
}
