/** One service with its owning team as a link, so a service page can name its owners. */
import { TrellisError } from '../../errors.js';
import type { Service } from '../../store/org-repository.js';
import { assertAllowed } from '../authorize.js';
import type { Actor } from './actor.js';
import { toRef, type OrgDeps, type Ref } from './deps.js';

export interface ServiceDetail {
  service: Service;
  /** Null only if the owning team record is missing (the import checks references; this is defensive). */
  team: Ref | null;
}

export async function getService({ org }: OrgDeps, actor: Actor, id: string): Promise<ServiceDetail> {
  assertAllowed(actor, 'read', { type: 'org-directory' });
  const service = await org.getService(id);
  if (!service) throw new TrellisError('NOT_FOUND', `No service with id "${id}".`);
  const team = await org.getTeam(service.team);
  return { service, team: team ? toRef(team) : null };
}
