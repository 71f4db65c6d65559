/**
 * One team with what surrounds it: its parent, child teams, active members and services —
 * the context a team page needs in one call.
 */
import { TrellisError } from '../../errors.js';
import type { Team } from '../../store/org-repository.js';
import { assertAllowed } from '../authorize.js';
import type { Actor } from './actor.js';
import { collectAll } from './collect-all.js';
import { toRef, type OrgDeps, type Ref } from './deps.js';

export interface TeamDetail {
  team: Team;
  parent: Ref | null;
  children: Ref[];
  /** Active people only, matching `team.members`, which counts active people. */
  members: Ref[];
  services: Ref[];
}

export async function getTeam({ org }: OrgDeps, actor: Actor, id: string): Promise<TeamDetail> {
  assertAllowed(actor, 'read', { type: 'org-directory' });
  const team = await org.getTeam(id);
  if (!team) throw new TrellisError('NOT_FOUND', `No team with id "${id}".`);
  const [parent, children, people, services] = await Promise.all([
    team.parent ? org.getTeam(team.parent) : undefined,
    collectAll((p) => org.listTeams({ team: id, ...p })),
    collectAll((p) => org.listPeople({ team: id, ...p })),
    collectAll((p) => org.listServices({ team: id, ...p })),
  ]);
  return {
    team,
    parent: parent ? toRef(parent) : null,
    children: children.map(toRef),
    members: people.filter((p) => p.active).map(toRef),
    services: services.map(toRef),
  };
}
