/**
 * The reliability figures of a team's services over a period, for the review packet's team
 * context: each SLO's status at the period's end (or at the end of its SLI data, when that comes
 * first), through the same fast path as `trellis slo status`, and the incidents that started on
 * the team's services in the period. Team and service figures only: nothing is read per person.
 */
import type { Actor } from '../../core/access/actor.js';
import { reliabilityContext } from '../../core/packet/index.js';
import type { ContextFigure } from '../../core/packet/index.js';
import { MINUTE } from '../../core/reliability/duration.js';
import type { OrgRepository } from '../../store/org-repository.js';
import type { SloRepository } from '../../store/slo-repository.js';
import { assertAllowed } from '../authorize.js';
import { sloDefinitions, statusOf } from './slo-status.js';

export interface TeamReliabilityDeps {
  slos: Pick<SloRepository, 'objects' | 'plannedSums' | 'slices' | 'sliceSpan' | 'incidentCounts'>;
  org: Pick<OrgRepository, 'listServices'>;
}

/** Null when none of the team's services has an SLO. */
export async function teamReliabilityFigures(deps: TeamReliabilityDeps, actor: Actor, team: string, period: { from: number; to: number }): Promise<ContextFigure[] | null> {
  assertAllowed(actor, 'read', { type: 'service-reliability' });
  const services = (await deps.org.listServices({ team, limit: 1000, offset: 0 })).items.map((s) => s.id);
  const mine = new Set(services);
  const defs = (await sloDefinitions(deps)).filter((d) => mine.has(d.service));
  const inputs = [];
  for (const def of defs) {
    const span = await deps.slos.sliceSpan(def.name);
    const end = Math.floor(period.to / MINUTE) * MINUTE;
    const at = span === undefined ? end : Math.min(end, span.last + MINUTE);
    const status = await statusOf(deps, def, at);
    inputs.push({
      name: def.name,
      service: def.service,
      at,
      budgetRemainingSigned: status.budgetRemainingSigned,
      burn1d: status.burnRates['1d'],
      burn3d: status.burnRates['3d'],
      counted: status.slices ? status.slices.good + status.slices.bad : status.events.total,
      countedUnit: status.slices ? ('slices' as const) : ('events' as const),
      firing: status.alerts.filter((a) => a.firing).length,
    });
  }
  return reliabilityContext(inputs, await deps.slos.incidentCounts(services, period.from, period.to), period.to);
}
