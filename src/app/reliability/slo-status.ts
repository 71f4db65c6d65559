/**
 * The status of every SLO (or one service's) at an instant: load each definition, read the sums
 * of its windows in one statement — whole hours as the difference of two running sums of the
 * hourly rollups, partial hours summed from the raw minutes — and call the pure core. An alert
 * that fires needs its start, found by walking back minute by minute: then the raw slices of the
 * last few hours are read (a capped read), and only if it fired longer than that, all of them.
 */
import type { Actor } from '../../core/access/actor.js';
import { sloDefinition } from '../../core/openslo/definition.js';
import { BURN_WINDOWS } from '../../core/reliability/burn.js';
import { ALERT_PAIRS } from '../../core/reliability/alerts.js';
import { boundedSource, fallbackSource, planWindows, plannedSource } from '../../core/reliability/prefix-windows.js';
import type { SloDefinition } from '../../core/reliability/slo.js';
import { sloStatus, type SloStatus } from '../../core/reliability/status.js';
import { prefixSource, type SliSource } from '../../core/reliability/totals.js';
import { resolveWindow } from '../../core/reliability/window.js';
import type { SloRepository } from '../../store/slo-repository.js';
import { assertAllowed } from '../authorize.js';

export interface SloStatusDeps {
  slos: Pick<SloRepository, 'objects' | 'plannedSums' | 'slices'>;
}

export async function sloDefinitions(deps: { slos: Pick<SloRepository, 'objects'> }, service?: string): Promise<SloDefinition[]> {
  const all = (await deps.slos.objects('SLO')).map((o) => sloDefinition(o.object));
  return service === undefined ? all : all.filter((d) => d.service === service);
}

/** How far back the capped raw read reaches beyond the longest alert window, for an alert's start. */
export const FIRING_SINCE_CAP_MS = 6 * 3_600_000;

const longestAlertMs = Math.max(...Object.values(BURN_WINDOWS), ...ALERT_PAIRS.map((p) => p.longMs));

/**
 * Window sums for an SLO at `at`: from the stored running sums (exact for Occurrences and
 * one-minute Timeslices), or from raw slices (`raw`, and RatioTimeslices or longer slices).
 */
export async function sourceFor(deps: SloStatusDeps, def: SloDefinition, at: number, raw = false): Promise<SliSource> {
  const w = resolveWindow(def.window, at);
  const from = Math.min(w.from, at - longestAlertMs);
  const prefixExact = def.budgetingMethod === 'Occurrences' || (def.budgetingMethod === 'Timeslices' && def.timeSliceMinutes === 1);
  if (raw || !prefixExact) return prefixSource(await deps.slos.slices(def.name, from, at), from, at, def.timeSliceMinutes, def.timeSliceTarget);
  const windows: [number, number][] = [...Object.values(BURN_WINDOWS), at - w.from].map((ms) => [at - ms, at]);
  return plannedSource(await deps.slos.plannedSums(def.name, planWindows(windows), def.timeSliceTarget));
}

/** The planned sums, then the raw slices of the last longest-alert-window + cap, then all raw slices. */
export async function statusOf(deps: SloStatusDeps, def: SloDefinition, at: number): Promise<SloStatus> {
  const planned = await sourceFor(deps, def, at);
  try {
    return sloStatus(def, planned, at);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
  }
  // A firing alert: its start is found by walking back minute by minute, which only raw slices answer.
  const from = at - longestAlertMs - FIRING_SINCE_CAP_MS;
  const recent = prefixSource(await deps.slos.slices(def.name, from, at), from, at, def.timeSliceMinutes, def.timeSliceTarget);
  try {
    return sloStatus(def, fallbackSource(planned, boundedSource(recent, from, at)), at);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
  }
  return sloStatus(def, await sourceFor(deps, def, at, true), at);
}

export async function sloStatuses(deps: SloStatusDeps, actor: Actor, q: { at: number; service?: string }): Promise<SloStatus[]> {
  assertAllowed(actor, 'read', { type: 'service-reliability', ...(q.service ? { service: q.service } : {}) });
  const out: SloStatus[] = [];
  for (const def of await sloDefinitions(deps, q.service)) out.push(await statusOf(deps, def, q.at));
  return out;
}
