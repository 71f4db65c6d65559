/** Listing teams, optionally only the children of one parent team. */
import type { Team } from '../../store/org-repository.js';
import { assertAllowed } from '../authorize.js';
import type { Actor } from './actor.js';
import type { ListInput, ListResult, OrgDeps } from './deps.js';

export interface ListTeamsInput extends ListInput {
  /** Only teams whose parent is this team id. */
  parent?: string | undefined;
}

export async function listTeams({ org }: OrgDeps, actor: Actor, input: ListTeamsInput): Promise<ListResult<Team>> {
  assertAllowed(actor, 'read', { type: 'org-directory' });
  const page = await org.listTeams({ q: input.q, team: input.parent, limit: input.limit, offset: input.offset });
  return { items: page.items, total: page.total, limit: input.limit, offset: input.offset };
}
