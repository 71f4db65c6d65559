/**
 * A team's on-call health: the team figures (never naming a person — anyone signed in may read
 * them, and `trellis oncall` prints them) and, for the people the actor may see under the access
 * policy (`person-wellbeing`: the person and their manager line), each member's load. Every
 * per-person load returned leaves an audit entry in the same transaction as the read.
 *
 * With `around`, also pages per shift before and after that moment (alert tuning's evidence).
 */
import type { Actor } from '../../core/access/actor.js';
import { can } from '../../core/access/policy.js';
import { comparePagesPerShift, type PagesPerShiftComparison } from '../../core/oncall/compare-pages.js';
import { historyFrom, localRules, teamOncall, type PersonLoad, type TeamOncall, type WellbeingThresholds } from '../../core/wellbeing/index.js';
import { TrellisError } from '../../errors.js';
import type { DataAccess } from '../../store/data-access.js';
import type { OncallMember } from '../../store/oncall-repository.js';
import { actorAccountOf, auditEntry } from '../audit/audit-entry.js';
import { assertAllowed } from '../authorize.js';
import type { Runtime } from '../runtime.js';
import type { SloAlertEpisodeSource } from '../../core/oncall/slo-alerts.js';
import { storedSloAlertEpisodes } from '../reliability/slo-alert-episodes.js';
import { readThresholds } from './wellbeing-thresholds.js';
import { oncallWindow } from './window.js';

export interface OncallDeps {
  data: DataAccess;
  runtime: Runtime;
  /** Default: episodes found over the stored SLI slices (storedSloAlertEpisodes). */
  sloAlerts?: SloAlertEpisodeSource;
}

export interface PersonLoadView extends Omit<PersonLoad, 'workingHours'> {
  name: string;
  workingHours: string;
}

export interface TeamOncallView {
  team: { id: string; name: string; timezone: string | null };
  figures: Omit<TeamOncall, 'people' | 'window' | 'team'>;
  window: { from: string; to: string };
  thresholds: WellbeingThresholds;
  comparison: PagesPerShiftComparison | null;
  /** Loads of the members the actor may see; `hiddenPeople` counts the rest. */
  people: PersonLoadView[];
  hiddenPeople: number;
}

export interface TeamOncallQuery {
  from?: number | undefined;
  to?: number | undefined;
  /** Compare pages per shift in the 90 days before and after this moment. */
  around?: number | undefined;
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export function personLoadView(load: PersonLoad, name: string): PersonLoadView {
  return { ...load, name, workingHours: `${hhmm(load.workingHours.start)}-${hhmm(load.workingHours.end)}` };
}

/** Loads and computes a team's figures; shared with the person's own load. */
export async function computeTeamOncall(deps: OncallDeps, team: { id: string; timezone: string | null }, members: OncallMember[], window: { from: number; to: number }, thresholds: WellbeingThresholds, around?: number) {
  const { oncall } = deps.data;
  const ids = members.map((m) => m.id);
  const compareSpan = around === undefined ? null : { from: around - 90 * 86_400_000, to: around + 90 * 86_400_000 };
  const loadFrom = Math.min(historyFrom(window), compareSpan?.from ?? Infinity);
  const loadTo = Math.max(window.to, compareSpan?.to ?? -Infinity);
  const [pages, shifts, incidents, services] = await Promise.all([
    oncall.pages(ids, loadFrom, loadTo),
    oncall.shifts(ids, loadFrom, loadTo),
    oncall.workedIncidents(window.from, window.to),
    deps.data.org.listServices({ team: team.id, limit: 1000, offset: 0 }),
  ]);
  const episodes = await (deps.sloAlerts ?? storedSloAlertEpisodes(deps.data.slos)).episodes(services.items.map((s) => s.id), window);
  const figures = teamOncall({
    team: team.id,
    window,
    members: members.map((m) => ({ id: m.id, rules: localRules(m, team.timezone) })),
    pages: pages.filter((p) => p.at < window.to),
    shifts,
    incidents,
    sloAlertEpisodes: episodes,
    thresholds,
  });
  const comparison = around === undefined ? null : comparePagesPerShift(shifts, pages, around, { windowMs: 90 * 86_400_000 });
  return { figures, comparison };
}

export async function readTeamOncall(deps: OncallDeps, actor: Actor, teamId: string, q: TeamOncallQuery = {}): Promise<TeamOncallView> {
  assertAllowed(actor, 'read', { type: 'service-reliability' });
  const team = await deps.data.org.getTeam(teamId);
  if (!team) throw new TrellisError('NOT_FOUND', `No team with id "${teamId}".`);
  const window = oncallWindow(deps.runtime.now(), q.from, q.to);
  const thresholds = await readThresholds(deps.data.settings);
  const members = await deps.data.oncall.members(teamId);
  const { figures, comparison } = await computeTeamOncall(deps, team, members, window, thresholds, q.around);
  const names = new Map(members.map((m) => [m.id, m.name]));
  const visible = figures.people.filter((p) => can(actor, 'read', { type: 'person-wellbeing', person: p.person }).allowed);
  if (visible.length > 0) {
    await deps.data.transaction(async (r) => {
      for (const p of visible) {
        await r.audit.append(auditEntry(deps.runtime, actorAccountOf(actor), { action: 'read', resourceType: 'person-wellbeing', resourceId: p.person, subjectPerson: p.person, detail: `on-call load on team ${teamId}'s on-call health` }));
      }
    });
  }
  // Per-person loads leave only through `people`, filtered above.
  const { people: _all, window: _w, team: _t, ...rest } = figures;
  return {
    team: { id: team.id, name: team.name, timezone: team.timezone },
    figures: rest,
    window: { from: new Date(window.from).toISOString(), to: new Date(window.to).toISOString() },
    thresholds,
    comparison,
    people: visible.map((p) => personLoadView(p, names.get(p.person) ?? p.person)),
    hiddenPeople: figures.people.length - visible.length,
  };
}
