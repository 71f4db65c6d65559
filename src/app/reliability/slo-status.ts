/**
 * The status of every SLO (or one service's) at an instant: load each definition, read its
 * whole-hour window sums (summed from the hourly rollups by the database) plus the raw minutes
 * of the partial hours, and call the pure core. An alert that fires needs its start, found by
 * walking back minute by minute: only then are the SLO's raw slices read in full.
 */
import type { Actor } from '../../core/access/actor.js';
import { sloDefinition } from '../../core/openslo/definition.js';
import { BURN_WINDOWS } from '../../core/reliability/burn.js';
import { ALERT_PAIRS } from '../../core/reliability/alerts.js';
import { edgeRanges, hourRanges, windowSumsSource } from '../../core/reliability/rollup-source.js';
import type { SloDefinition } from '../../core/reliability/slo.js';
import { sloStatus, type SloStatus } from '../../core/reliability/status.js';
import { prefixSource, type SliSource } from '../../core/reliability/totals.js';
import { resolveWindow } from '../../core/reliability/window.js';
import type { SloRepository } from '../../store/slo-repository.js';
import { assertAllowed } from '../authorize.js';

export interface SloStatusDeps {
  slos: Pick<SloRepository, 'objects' | 'hourRangeSums' | 'sliceRanges' | 'slices'>;
}

export async function sloDefinitions(deps: { slos: Pick<SloRepository, 'objects'> }, service?: string): Promise<SloDefinition[]> {
  const all = (await deps.slos.objects('SLO')).map((o) => sloDefinition(o.object));
  return service === undefined ? all : all.filter((d) => d.service === service);
}

/** Window sums for an SLO at `at`, from rollups (exact for Occurrences and one-minute Timeslices) or raw slices. */
export async function sourceFor(deps: SloStatusDeps, def: SloDefinition, at: number, raw = false): Promise<SliSource> {
  const w = resolveWindow(def.window, at);
  const longest = Math.max(...Object.values(BURN_WINDOWS), ...ALERT_PAIRS.map((p) => p.longMs));
  const from = Math.min(w.from, at - longest);
  const rollupsExact = def.budgetingMethod === 'Occurrences' || (def.budgetingMethod === 'Timeslices' && def.timeSliceMinutes === 1);
  if (raw || !rollupsExact) return prefixSource(await deps.slos.slices(def.name, from, at), from, at, def.timeSliceMinutes, def.timeSliceTarget);
  const windows = [...Object.values(BURN_WINDOWS), at - w.from];
  const hours = await deps.slos.hourRangeSums(def.name, hourRanges(at, windows));
  const edges = edgeRanges(at, windows);
  const minutes = await deps.slos.sliceRanges(def.name, edges);
  return windowSumsSource(hours, minutes, edges, def.timeSliceTarget);
}

export async function sloStatuses(deps: SloStatusDeps, actor: Actor, q: { at: number; service?: string }): Promise<SloStatus[]> {
  assertAllowed(actor, 'read', { type: 'service-reliability', ...(q.service ? { service: q.service } : {}) });
  const out: SloStatus[] = [];
  for (const def of await sloDefinitions(deps, q.service)) {
    let status: SloStatus;
    try {
      status = sloStatus(def, await sourceFor(deps, def, q.at), q.at);
    } catch (e) {
      // A firing alert: finding when it started walks back minute by minute, which the
      // window sums cannot answer (they hold only the windows ending now). Read raw slices.
      if (!(e instanceof RangeError)) throw e;
      status = sloStatus(def, await sourceFor(deps, def, q.at, true), q.at);
    }
    out.push(status);
  }
  return out;
}
