/**
 * What the organisation use cases need from the store: a structural slice of `OrgRepository`,
 * so a use case can be exercised with a hand-written fake and never sees Kysely.
 */
import type { OrgRepository } from '../../store/org-repository.js';

export type OrgReader = Pick<OrgRepository, 'listTeams' | 'getTeam' | 'listPeople' | 'getPerson' | 'listServices' | 'getService'>;

export interface OrgDeps {
  org: OrgReader;
}

/** Paging and search shared by every list use case. */
export interface ListInput {
  /** Case-insensitive substring of id or name. */
  q?: string | undefined;
  limit: number;
  offset: number;
}

/** A page of results together with the paging that produced it, so clients can page on. */
export interface ListResult<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** A record named by id and name: enough to show a link without loading the whole record. */
export interface Ref {
  id: string;
  name: string;
}

export function toRef(r: Ref): Ref {
  return { id: r.id, name: r.name };
}
