/**
 * Alert noise (spec/reliability.md): for a set of pages and the on-call shifts that received
 * them — pages per shift, the share marked actionable, and the share that resolved by itself
 * within 5 minutes (flapping) — plus the alerts worth tuning first.
 *
 * Definitions, chosen so a figure can be checked by hand:
 * - Shifts are counted as shift-equivalents: each shift contributes the fraction of it inside
 *   the window, so a window that cuts a weekly shift in half counts half a shift.
 * - Actionable share: actionable ÷ pages whose `actionable` is known (unknown pages are left out,
 *   not counted as noise); null when none is known.
 * - Self-resolved: resolved at most 5 minutes after it paged and not marked actionable.
 */
import { type OncallPage, type OncallShift, type TimeWindow, MINUTE, inWindow, overlapMs } from './types.js';

export const SELF_RESOLVE_MS = 5 * MINUTE;

export interface Noise {
  pages: number;
  shifts: number;
  pagesPerShift: number | null;
  actionable: number;
  actionableKnown: number;
  actionableShare: number | null;
  selfResolved: number;
  selfResolvedShare: number | null;
}

export interface NoisyAlert {
  service: string | null;
  /** Null when the pages name no alert: then the service is the cause to look at. */
  alert: string | null;
  pages: number;
  notActionable: number;
  selfResolved: number;
  actionableShare: number | null;
}

export const isSelfResolved = (p: OncallPage): boolean =>
  p.resolvedAt !== null && p.resolvedAt - p.at <= SELF_RESOLVE_MS && p.actionable !== true;

export function shiftEquivalents(shifts: readonly OncallShift[], w: TimeWindow): number {
  let n = 0;
  for (const s of shifts) if (s.end > s.start) n += overlapMs(s.start, s.end, w) / (s.end - s.start);
  return n;
}

export function noise(pages: readonly OncallPage[], shifts: readonly OncallShift[], w: TimeWindow): Noise {
  const inside = pages.filter((p) => inWindow(p.at, w));
  const known = inside.filter((p) => p.actionable !== null);
  const actionable = known.filter((p) => p.actionable === true).length;
  const selfResolved = inside.filter(isSelfResolved).length;
  const n = shiftEquivalents(shifts, w);
  return {
    pages: inside.length,
    shifts: n,
    pagesPerShift: n > 0 ? inside.length / n : null,
    actionable,
    actionableKnown: known.length,
    actionableShare: known.length > 0 ? actionable / known.length : null,
    selfResolved,
    selfResolvedShare: inside.length > 0 ? selfResolved / inside.length : null,
  };
}

/** Alerts by the pages nobody could act on, most first: the list to tune. */
export function noisyAlerts(pages: readonly OncallPage[], w: TimeWindow, limit = 10): NoisyAlert[] {
  const groups = new Map<string, NoisyAlert & { known: number; acted: number }>();
  for (const p of pages) {
    if (!inWindow(p.at, w)) continue;
    const key = JSON.stringify([p.service, p.alert]);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { service: p.service, alert: p.alert, pages: 0, notActionable: 0, selfResolved: 0, actionableShare: null, known: 0, acted: 0 }));
    g.pages++;
    if (p.actionable !== null) g.known++;
    if (p.actionable === true) g.acted++;
    if (p.actionable === false) g.notActionable++;
    if (isSelfResolved(p)) g.selfResolved++;
  }
  return [...groups.values()]
    .map(({ known, acted, ...g }) => ({ ...g, actionableShare: known > 0 ? acted / known : null }))
    .sort((a, b) => b.notActionable - a.notActionable || b.pages - a.pages || String(a.service).localeCompare(String(b.service)) || String(a.alert).localeCompare(String(b.alert)))
    .slice(0, limit);
}
