/**
 * An audit entry as people read it: times as ISO text and the actor named. Entries written by
 * the command line name the operator, so every row has someone to point at.
 */
import type { AuditEntry } from '../../store/audit-repository.js';

export interface AuditActor {
  id: string;
  email: string;
  name: string;
}

export interface AuditItem {
  at: string;
  actor: AuditActor;
  action: string;
  resourceType: string;
  resourceId: string | null;
  subjectPerson: string | null;
}

export const operatorAuditActor: AuditActor = { id: 'operator', email: '', name: 'Operator (command line)' };

export function toAuditItem(e: AuditEntry): AuditItem {
  return {
    at: new Date(e.at).toISOString(),
    actor: e.actor ?? operatorAuditActor,
    action: e.action,
    resourceType: e.resourceType,
    resourceId: e.resourceId,
    subjectPerson: e.subjectPerson,
  };
}

export interface AuditPage {
  items: AuditItem[];
  total: number;
}
