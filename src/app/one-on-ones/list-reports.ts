/**
 * A manager's direct reports with the cadence of each 1:1 pair and whether it is overdue — the
 * list a manager works from, and the overdue flags on their home page. Direct reports only: a
 * director does not hold their whole line's 1:1s.
 */
import type { Actor } from '../../core/access/actor.js';
import { can } from '../../core/access/policy.js';
import { cadenceState, defaultCadenceDays, type CadenceState } from '../../core/one-on-one/cadence.js';
import { collectAll } from '../org/collect-all.js';
import type { OneOnOneDeps } from './pair.js';

export interface ReportCadence extends CadenceState {
  id: string;
  name: string;
  team: string | null;
  cadenceDays: number;
  lastHeldOn: string | null;
  openActions: number;
}

export async function listReportCadences({ data, runtime }: OneOnOneDeps, actor: Actor): Promise<ReportCadence[]> {
  if (actor.kind !== 'account' || actor.personId === null) return [];
  const me = actor.personId;
  const reports = (await collectAll((p) => data.org.listPeople({ ...p, manager: me }))).filter((p) => p.active && can(actor, 'read', { type: 'one-on-one-note', person: p.id }).allowed);
  if (reports.length === 0) return [];
  const [cadences, last] = await Promise.all([data.oneOnOnes.cadencesOf(me), data.oneOnOnes.lastHeldOf(me)]);
  const now = runtime.now();
  const out: ReportCadence[] = [];
  for (const p of reports) {
    const days = cadences.get(p.id) ?? defaultCadenceDays;
    const lastHeldOn = last.get(p.id) ?? null;
    const open = (await data.oneOnOnes.actionsOfReport(p.id)).filter((a) => a.manager === me && a.doneAt === null).length;
    out.push({ id: p.id, name: p.name, team: p.team, cadenceDays: days, lastHeldOn, openActions: open, ...cadenceState(lastHeldOn, days, now) });
  }
  return out.sort((a, b) => Number(b.overdue) - Number(a.overdue) || b.daysOverdue - a.daysOverdue || a.name.localeCompare(b.name));
}
