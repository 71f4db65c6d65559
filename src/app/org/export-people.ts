/**
 * The people directory as CSV: what the directory shows everyone (no delivery or reliability
 * figure — those are team context, never a person's), with team and manager by name beside their ids.
 */
import { toCsv } from '../../core/export/csv.js';
import { assertAllowed } from '../authorize.js';
import type { Actor } from './actor.js';
import { collectAll } from './collect-all.js';
import type { OrgDeps } from './deps.js';

export async function exportPeople({ org }: OrgDeps, actor: Actor): Promise<string> {
  assertAllowed(actor, 'read', { type: 'org-directory' });
  const [people, teams] = [await collectAll((p) => org.listPeople(p)), await collectAll((p) => org.listTeams(p))];
  const teamName = new Map(teams.map((t) => [t.id, t.name] as const));
  const name = new Map(people.map((p) => [p.id, p.name] as const));
  const rows = people.map((p) => [
    p.id,
    p.name,
    p.email,
    p.team,
    p.team === null ? null : (teamName.get(p.team) ?? null),
    p.manager,
    p.manager === null ? null : (name.get(p.manager) ?? null),
    p.level,
    p.track,
    p.timezone,
    p.workingHours,
    p.startDate,
    p.active ? 'active' : 'left',
  ]);
  return toCsv(['id', 'name', 'email', 'team id', 'team', 'manager id', 'manager', 'level', 'track', 'time zone', 'working hours', 'start date', 'status'], rows);
}
