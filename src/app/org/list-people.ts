/**
 * Listing people, by team or by manager. The shape is the org directory only: no delivery or
 * reliability figure is ever attached to a person (system metrics are team/service context).
 */
import type { Person } from '../../store/org-repository.js';
import { assertAllowed } from '../authorize.js';
import type { Actor } from './actor.js';
import type { ListInput, ListResult, OrgDeps } from './deps.js';

export interface ListPeopleInput extends ListInput {
  team?: string | undefined;
  /** Only the direct reports of this person id. */
  manager?: string | undefined;
}

export async function listPeople({ org }: OrgDeps, actor: Actor, input: ListPeopleInput): Promise<ListResult<Person>> {
  assertAllowed(actor, 'read', { type: 'org-directory' });
  const page = await org.listPeople({ q: input.q, team: input.team, manager: input.manager, limit: input.limit, offset: input.offset });
  return { items: page.items, total: page.total, limit: input.limit, offset: input.offset };
}
