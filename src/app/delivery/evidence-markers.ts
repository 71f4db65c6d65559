/**
 * Markers on a service's delivery timeline: when outcome-linked work shipped ("rollout automation
 * shipped"), so a change in the weekly figures can be read against what happened.
 *
 * Only evidence the reader may read is marked (the living-document rule of the access policy), a
 * marker carries the work's title and moment — never a figure attached to a person — and reading
 * someone else's evidence this way is audited like reading their document, one entry per person.
 */
import type { Actor } from '../../core/access/actor.js';
import { can } from '../../core/access/policy.js';
import type { DataAccess } from '../../store/data-access.js';
import type { OutcomeLinkedEvidence } from '../../store/evidence-markers.js';
import { actorAccountOf, auditEntry } from '../audit/audit-entry.js';
import { assertAllowed } from '../authorize.js';
import type { Runtime } from '../runtime.js';
import { TrellisError } from '../../errors.js';

export interface EvidenceMarker {
  /** The moment the work shipped (the outcome link's moment), ISO 8601. */
  at: string;
  title: string;
  /** Whose living document holds it, to link there (the reader may open it). */
  person: string;
}

export interface EvidenceMarkerDeps {
  data: DataAccess;
  runtime: Runtime;
  evidenceOn: (target: 'service', id: string) => Promise<OutcomeLinkedEvidence[]>;
}

export async function serviceEvidenceMarkers(deps: EvidenceMarkerDeps, actor: Actor, serviceId: string): Promise<{ markers: EvidenceMarker[] }> {
  const service = await deps.data.org.getService(serviceId);
  assertAllowed(actor, 'read', { type: 'team-delivery', ...(service ? { team: service.team } : {}) });
  if (!service) throw new TrellisError('NOT_FOUND', `No service "${serviceId}".`);
  const all = await deps.evidenceOn('service', serviceId);
  const visible = all.filter((e) => can(actor, 'read', { type: 'living-document', person: e.person }).allowed);
  const others = [...new Set(visible.map((e) => e.person))].filter((p) => !(actor.kind === 'account' && actor.personId === p));
  if (others.length > 0) {
    await deps.data.transaction(async (r) => {
      for (const person of others) {
        await r.audit.append(
          auditEntry(deps.runtime, actorAccountOf(actor), { action: 'read', resourceType: 'living-document', resourceId: person, subjectPerson: person, detail: `evidence titles marked on the delivery timeline of ${serviceId}` }),
        );
      }
    });
  }
  return { markers: visible.map((e) => ({ at: new Date(e.at).toISOString(), title: e.title, person: e.person })) };
}
