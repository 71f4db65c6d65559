/**
 * One service's reliability, for its page: each SLO's status, its budget burn-down and burn
 * rates over the last week, the alert pairs' firing history, and the incidents and deployments
 * that overlap the minutes where the budget burned. Figures are evaluated "as of" the latest SLI
 * data when that is older than now (the page says so), so a pause in data shows as a date, not
 * as a perfect week.
 */
import type { Actor } from '../../core/access/actor.js';
import { burnAttribution, DEPLOYMENT_INFLUENCE_MS, type BurnAttribution } from '../../core/reliability/attribution.js';
import { DAY, HOUR } from '../../core/reliability/duration.js';
import { alertEpisodes, budgetHistory, type AlertEpisode, type HistoryPoint } from '../../core/reliability/history.js';
import { sloStatus, type SloStatus } from '../../core/reliability/status.js';
import { prefixSource } from '../../core/reliability/totals.js';
import { resolveWindow } from '../../core/reliability/window.js';
import { TrellisError } from '../../errors.js';
import type { OrgRepository } from '../../store/org-repository.js';
import type { SloRepository } from '../../store/slo-repository.js';
import { assertAllowed } from '../authorize.js';
import type { Runtime } from '../runtime.js';
import { sloDefinitions } from './slo-status.js';

export interface SloReliability {
  status: SloStatus;
  history: HistoryPoint[];
  alertHistory: AlertEpisode[];
  attribution: BurnAttribution;
}

export interface ServiceReliability {
  service: string;
  at: number;
  /** End of the latest SLI slice of the service's SLOs; null without data. */
  latestData: number | null;
  historyFrom: number;
  slos: SloReliability[];
}

export interface ServiceReliabilityDeps {
  slos: Pick<SloRepository, 'objects' | 'slices' | 'sliceSpan' | 'burnEvents'>;
  org: Pick<OrgRepository, 'getService'>;
  runtime: Pick<Runtime, 'now'>;
}

const HISTORY_DAYS = 7;

export async function serviceReliability(deps: ServiceReliabilityDeps, actor: Actor, q: { service: string; at?: number }): Promise<ServiceReliability> {
  assertAllowed(actor, 'read', { type: 'service-reliability', service: q.service });
  if (!(await deps.org.getService(q.service))) throw new TrellisError('NOT_FOUND', `No service "${q.service}".`);
  const defs = await sloDefinitions(deps, q.service);
  const spans = await Promise.all(defs.map((d) => deps.slos.sliceSpan(d.name)));
  const latest = spans.reduce<number | null>((m, s) => (s === undefined ? m : Math.max(m ?? 0, s.last + 60_000)), null);
  const now = Math.floor(deps.runtime.now() / 60_000) * 60_000;
  const at = q.at ?? (latest !== null && latest < now ? latest : now);
  const historyFrom = Math.floor((at - HISTORY_DAYS * DAY) / HOUR) * HOUR;
  const slos: SloReliability[] = [];
  for (const def of defs) {
    const window = resolveWindow(def.window, at);
    const from = Math.min(resolveWindow(def.window, historyFrom).from, historyFrom - 3 * DAY, window.from);
    const slices = await deps.slos.slices(def.name, from, at);
    const source = prefixSource(slices, from, at, def.timeSliceMinutes, def.timeSliceTarget);
    const inWindow = slices.filter((s) => s.at >= window.from);
    slos.push({
      status: sloStatus(def, source, at),
      history: budgetHistory(def, source, historyFrom, at, HOUR),
      alertHistory: alertEpisodes(def, source, historyFrom, at),
      attribution: burnAttribution(def, inWindow, await deps.slos.burnEvents(def.service, window.from, at, DEPLOYMENT_INFLUENCE_MS)),
    });
  }
  return { service: q.service, at, latestData: latest, historyFrom, slos };
}
