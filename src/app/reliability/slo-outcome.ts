/**
 * An evidence item linked to an SLO: the SLO's budget burn and SLI before and after the moment
 * the work took effect (compareSloAround: days resampled, n and a 95% interval), and the burn
 * attribution of each side — which incidents and deployments overlap the minutes in which the
 * budget burned, with their share. Reliability figures are service context, never a personal
 * score: any signed-in account may read them (the service-reliability rule).
 */
import type { Actor } from '../../core/access/actor.js';
import { sloDefinition } from '../../core/openslo/definition.js';
import { burnAttribution, DEPLOYMENT_INFLUENCE_MS, type BurnAttribution } from '../../core/reliability/attribution.js';
import { compareSloAround, type SloComparison } from '../../core/reliability/compare-slo.js';
import { DAY, MINUTE } from '../../core/reliability/duration.js';
import { toNumber } from '../../core/reliability/rational.js';
import { prefixSource } from '../../core/reliability/totals.js';
import type { SloRepository } from '../../store/slo-repository.js';
import { assertAllowed } from '../authorize.js';

export interface SloOutcome {
  slo: string;
  service: string;
  budgetingMethod: string;
  target: number;
  comparison: SloComparison;
  attribution: { before: BurnAttribution; after: BurnAttribution };
}

export interface SloOutcomeDeps {
  slos: Pick<SloRepository, 'objects' | 'slices' | 'sliceSpan' | 'burnEvents'>;
}

/** Null when the SLO no longer exists (the item keeps its link and says so). */
export async function sloOutcome(deps: SloOutcomeDeps, actor: Actor, q: { slo: string; at: number; windowDays: number }): Promise<SloOutcome | null> {
  assertAllowed(actor, 'read', { type: 'service-reliability' });
  const stored = (await deps.slos.objects('SLO')).find((o) => o.object.metadata.name === q.slo);
  if (!stored) return null;
  const def = sloDefinition(stored.object);
  const span = await deps.slos.sliceSpan(def.name);
  const windowMs = q.windowDays * DAY;
  const from = q.at - windowMs;
  const to = q.at + windowMs;
  const slices = await deps.slos.slices(def.name, from, to);
  const source = prefixSource(slices, from, to, def.timeSliceMinutes, def.timeSliceTarget);
  const comparison = compareSloAround(def, source, { t: q.at, windowMs, dataStart: span?.first ?? null, dataEnd: span === undefined ? null : span.last + MINUTE });
  // Attribution over the sides actually compared (shortened to the data like the figures).
  const sideFrom = q.at - comparison.windowMs, sideTo = q.at + comparison.windowMs;
  const events = await deps.slos.burnEvents(def.service, sideFrom, sideTo, DEPLOYMENT_INFLUENCE_MS);
  const inSide = (a: number, b: number) => slices.filter((s) => s.at >= a && s.at < b);
  return {
    slo: def.name,
    service: def.service,
    budgetingMethod: def.budgetingMethod,
    target: toNumber(def.target),
    comparison,
    attribution: {
      before: burnAttribution(def, inSide(sideFrom, q.at), events.filter((e) => e.from < q.at && e.to > sideFrom)),
      after: burnAttribution(def, inSide(q.at, sideTo), events.filter((e) => e.from < sideTo && e.to > q.at)),
    },
  };
}
