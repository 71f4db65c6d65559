/** Listing services, optionally those owned by one team. */
import type { Service } from '../../store/org-repository.js';
import { assertAllowed } from '../authorize.js';
import type { Actor } from './actor.js';
import type { ListInput, ListResult, OrgDeps } from './deps.js';

export interface ListServicesInput extends ListInput {
  /** Only services owned by this team id. */
  team?: string | undefined;
}

export async function listServices({ org }: OrgDeps, actor: Actor, input: ListServicesInput): Promise<ListResult<Service>> {
  assertAllowed(actor, 'read', { type: 'org-directory' });
  const page = await org.listServices({ q: input.q, team: input.team, limit: input.limit, offset: input.offset });
  return { items: page.items, total: page.total, limit: input.limit, offset: input.offset };
}
