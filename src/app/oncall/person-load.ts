/**
 * A person's own on-call load ("my load" on their private page): their figures and flags, each
 * with its threshold and causes, and the off-hours pages themselves in the person's own time zone
 * (named), so they can see exactly which nights were interrupted and by what.
 *
 * Readable by the person and their manager line only (`person-wellbeing`); the read is audited in
 * the same transaction, like every private read. Never an input to a rating.
 */
import { DateTime } from 'luxon';
import type { Actor } from '../../core/access/actor.js';
import { classifyPage, localRules, type WellbeingThresholds } from '../../core/wellbeing/index.js';
import { TrellisError } from '../../errors.js';
import { actorAccountOf, auditEntry } from '../audit/audit-entry.js';
import { assertAllowed } from '../authorize.js';
import { computeTeamOncall, personLoadView, type OncallDeps, type PersonLoadView } from './team-oncall.js';
import { readThresholds } from './wellbeing-thresholds.js';
import { oncallWindow } from './window.js';

export const LOAD_PAGE_LIMIT = 200;

export interface InterruptionView {
  id: string;
  at: string;
  /** The same instant in the person's zone, ISO 8601 with its offset. */
  localTime: string;
  service: string | null;
  alert: string | null;
  actionable: boolean | null;
  offHours: boolean;
  sleepHours: boolean;
  weekend: boolean;
}

export interface PersonLoadResult {
  person: { id: string; name: string; team: string | null };
  window: { from: string; to: string };
  thresholds: WellbeingThresholds;
  load: PersonLoadView;
  /** Team context: the team's load Gini and member count (no other person's figures). */
  team: { id: string; name: string; members: number; loadGini: number | null } | null;
  /** Pages outside working hours, newest first, at most 200. */
  interruptions: InterruptionView[];
  interruptionsTotal: number;
}

export async function readPersonLoad(deps: OncallDeps, actor: Actor, personId: string, q: { from?: number | undefined; to?: number | undefined } = {}): Promise<PersonLoadResult> {
  const person = await deps.data.org.getPerson(personId);
  if (!person) throw new TrellisError('NOT_FOUND', `No person with id "${personId}".`);
  assertAllowed(actor, 'read', { type: 'person-wellbeing', person: personId });
  const window = oncallWindow(deps.runtime.now(), q.from, q.to);
  const thresholds = await readThresholds(deps.data.settings);
  const team = person.team === null ? undefined : await deps.data.org.getTeam(person.team);
  const teamMembers = team ? await deps.data.oncall.members(team.id) : [];
  const self = { id: person.id, name: person.name, timezone: person.timezone, workingHours: person.workingHours };
  const members = teamMembers.some((m) => m.id === person.id) ? teamMembers : [...teamMembers, self];
  const { figures } = await computeTeamOncall(deps, { id: team?.id ?? `person:${person.id}`, timezone: team?.timezone ?? null }, members, window, thresholds);
  const mine = figures.people.find((p) => p.person === person.id)!;
  const rules = localRules(person, team?.timezone ?? null);
  const pages = (await deps.data.oncall.pages([person.id], window.from, window.to)).map((p) => ({ p, c: classifyPage(p.at, rules) })).filter((x) => x.c.offHours);
  pages.reverse();
  return deps.data.transaction(async (r) => {
    await r.audit.append(auditEntry(deps.runtime, actorAccountOf(actor), { action: 'read', resourceType: 'person-wellbeing', resourceId: person.id, subjectPerson: person.id, detail: 'on-call load and off-hours pages' }));
    return {
      person: { id: person.id, name: person.name, team: person.team },
      window: { from: new Date(window.from).toISOString(), to: new Date(window.to).toISOString() },
      thresholds,
      load: personLoadView(mine, person.name),
      team: team ? { id: team.id, name: team.name, members: teamMembers.length, loadGini: figures.loadGini } : null,
      interruptions: pages.slice(0, LOAD_PAGE_LIMIT).map(({ p, c }) => ({
        id: p.id,
        at: new Date(p.at).toISOString(),
        localTime: DateTime.fromMillis(p.at, { zone: rules.zone }).toISO({ suppressMilliseconds: true }) ?? new Date(p.at).toISOString(),
        service: p.service,
        alert: p.alert,
        actionable: p.actionable,
        ...c,
      })),
      interruptionsTotal: pages.length,
    };
  });
}
