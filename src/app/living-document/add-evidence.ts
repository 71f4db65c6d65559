/**
 * Adding an evidence item to a living document: the person or their manager line writes it
 * (the policy), the item is checked field by field, an outcome link must name a real service or
 * team, and the item and its audit entry are stored in one transaction.
 */
import type { Actor } from '../../core/access/actor.js';
import { parseEvidenceInput, type EvidenceDraft, type EvidenceItem } from '../../core/evidence/index.js';
import type { DataAccess } from '../../store/data-access.js';
import { actorAccountOf, auditEntry } from '../audit/audit-entry.js';
import { newId } from '../runtime.js';
import type { LivingDocumentDeps } from './deps.js';
import { assertRoomFor } from './document-limits.js';
import { withOutcomes } from './evidence-outcome.js';
import { knownIds } from './known-ids.js';
import { badInput, documentSubject } from './subject.js';
import type { EvidenceView } from './views.js';

export async function addEvidence(deps: LivingDocumentDeps, actor: Actor, personId: string, input: unknown): Promise<EvidenceView> {
  const { data, runtime } = deps;
  await documentSubject(data, actor, personId, 'write');
  const draft = await checkedDraft(data, input);
  const now = runtime.now();
  const item: EvidenceItem = { ...draft, id: newId(runtime), person: personId, createdBy: actorAccountOf(actor), createdAt: now, updatedAt: now };
  await data.transaction(async (r) => {
    assertRoomFor('evidence items', await r.evidence.countEvidence(personId), deps.limits);
    await r.evidence.insert(item);
    await r.audit.append(auditEntry(runtime, actorAccountOf(actor), { action: 'create', resourceType: 'evidence-item', resourceId: item.id, subjectPerson: personId, detail: item.title }));
  });
  const [view] = await withOutcomes(deps, actor, [item]);
  return view!;
}

/** Parse, then check the outcome link names something that exists: a service, a team or an imported SLO. */
export async function checkedDraft(data: DataAccess, input: unknown): Promise<EvidenceDraft> {
  const parsed = parseEvidenceInput(input, await knownIds(data));
  if (!parsed.ok) throw badInput('evidence item', parsed.problems);
  const link = parsed.value.outcome;
  if (link?.target === 'service' && !(await data.org.getService(link.id))) throw badInput('evidence item', [{ field: 'outcome.id', message: `no service "${link.id}"` }]);
  if (link?.target === 'team' && !(await data.org.getTeam(link.id))) throw badInput('evidence item', [{ field: 'outcome.id', message: `no team "${link.id}"` }]);
  if (link?.target === 'slo' && !(await data.slos.sloExists(link.id))) throw badInput('evidence item', [{ field: 'outcome.id', message: `no SLO "${link.id}" (SLOs are imported as OpenSLO files)` }]);
  return parsed.value;
}
