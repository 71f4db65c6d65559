/** Listing teams, optionally only the children of one parent team. */
import type { Team } from '../../store/org-repository.js';
import type { Actor } from './actor.js';
import type { ListInput, ListResult, OrgDeps } from './deps.js';

export interface ListTeamsInput extends ListInput {
  /** Only teams whose parent is this team id. */
  parent?: string | undefined;
}

// `actor` is the access-control seam (see actor.ts): unused until the policy exists.
export async function listTeams({ org }: OrgDeps, _actor: Actor, input: ListTeamsInput): Promise<ListResult<Team>> {
  const page = await org.listTeams({ q: input.q, team: input.parent, limit: input.limit, offset: input.offset });
  return { items: page.items, total: page.total, limit: input.limit, offset: input.offset };
}
