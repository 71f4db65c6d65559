/**
 * Which org records a record points at. These references are checked on import (the target must
 * be in the same file or already stored); references between events (causedBy, rollbackOf, …)
 * are not, because events arrive from different tools at different times.
 */
import type { TrellisRecord } from './schemas.js';

export type ReferencedKind = 'team' | 'person' | 'service';

export interface Reference {
  kind: ReferencedKind;
  id: string;
  field: string;
}

export function referencesOf(r: TrellisRecord): Reference[] {
  const refs: Reference[] = [];
  const add = (kind: ReferencedKind, id: string | undefined, field: string) => {
    if (id !== undefined) refs.push({ kind, id, field });
  };
  switch (r.kind) {
    case 'team':
      add('team', r.parent, 'parent');
      break;
    case 'person':
      add('team', r.team, 'team');
      add('person', r.manager, 'manager');
      break;
    case 'service':
      add('team', r.team, 'team');
      break;
    case 'change':
    case 'deployment':
      add('service', r.service, 'service');
      break;
    case 'incident':
      add('service', r.service, 'service');
      r.participants?.forEach((p, i) => add('person', p, `participants[${i}]`));
      break;
    case 'page':
      add('person', r.person, 'person');
      add('service', r.service, 'service');
      break;
    case 'oncall_shift':
      add('person', r.person, 'person');
      break;
    case 'sli':
      break;
    case 'pull_request':
      add('service', r.service, 'service');
      add('person', r.author, 'author');
      add('person', r.firstReviewer, 'firstReviewer');
      add('person', r.mergedBy, 'mergedBy');
      break;
  }
  return refs;
}

/** The kinds that others refer to, and the records that define them. */
export function definesReferenced(r: TrellisRecord): { kind: ReferencedKind; id: string } | undefined {
  return r.kind === 'team' || r.kind === 'person' || r.kind === 'service' ? { kind: r.kind, id: r.id } : undefined;
}
