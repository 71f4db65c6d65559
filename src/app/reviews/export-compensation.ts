/**
 * A cycle's compensation view as CSV, for the compensation role: the same rows and the same one
 * audit entry as the page (listCompensation decides who may), with the budget and the total at the end.
 */
import type { Actor } from '../../core/access/actor.js';
import { toCsv, type CsvCell } from '../../core/export/csv.js';
import { INCREASE_FIELD, increaseOf, listCompensation } from './compensation.js';
import type { ReviewDeps } from './deps.js';

export async function exportCompensation(deps: ReviewDeps, actor: Actor, cycleId: string): Promise<string> {
  const list = await listCompensation(deps, actor, cycleId);
  const rows: CsvCell[][] = list.rows.map((r) => {
    const other = Object.entries(r.compensation?.fields ?? {}).filter(([k]) => k !== INCREASE_FIELD);
    return [
      r.person.name,
      r.person.team,
      r.person.level,
      r.person.track,
      r.band?.currency ?? null,
      r.band?.min ?? null,
      r.band?.mid ?? null,
      r.band?.max ?? null,
      r.ratings === null ? null : r.ratings.map((x) => `${x.signal}: ${x.value}`).join('; '),
      r.compensation ? increaseOf(r.compensation) : null,
      other.map(([k, v]) => `${k}: ${v === null ? '' : String(v)}`).join('; '),
    ];
  });
  const currency = list.budget?.currency ?? null;
  rows.push(Array<CsvCell>(11).fill(null), ['Total of proposed increases', null, null, null, currency, null, null, null, null, list.proposedTotal, null]);
  if (list.budget) rows.push(['Budget', null, null, null, list.budget.currency, null, null, null, null, list.budget.amount, null], ['Left in the budget', null, null, null, list.budget.currency, null, null, null, null, list.budget.amount - list.proposedTotal, null]);
  return toCsv(['person', 'team', 'level', 'track', 'band currency', 'band min', 'band mid', 'band max', 'calibrated ratings', INCREASE_FIELD, 'other proposal fields'], rows);
}
