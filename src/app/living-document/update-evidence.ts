/** Editing or deleting an evidence item: the same rule as adding one, audited in the same transaction. */
import type { Actor } from '../../core/access/actor.js';
import type { EvidenceItem } from '../../core/evidence/index.js';
import { TrellisError } from '../../errors.js';
import type { Repositories } from '../../store/data-access.js';
import { actorAccountOf, auditEntry } from '../audit/audit-entry.js';
import { checkedDraft } from './add-evidence.js';
import type { LivingDocumentDeps } from './deps.js';
import { withOutcomes } from './evidence-outcome.js';
import { documentSubject } from './subject.js';
import type { EvidenceView } from './views.js';

async function itemOf(r: Pick<Repositories, 'evidence'>, personId: string, evidenceId: string): Promise<EvidenceItem> {
  const item = await r.evidence.get(evidenceId);
  // Another person's item is "not found" here: its id says nothing about this document.
  if (!item || item.person !== personId) throw new TrellisError('NOT_FOUND', `No evidence item "${evidenceId}" in this document.`);
  return item;
}

export async function updateEvidence(deps: LivingDocumentDeps, actor: Actor, personId: string, evidenceId: string, input: unknown): Promise<EvidenceView> {
  const { data, runtime } = deps;
  await documentSubject(data, actor, personId, 'write');
  const draft = await checkedDraft(data, input);
  const updated = await data.transaction(async (r) => {
    const item = await itemOf(r, personId, evidenceId);
    const next: EvidenceItem = { ...item, ...draft, updatedAt: runtime.now() };
    await r.evidence.update(next);
    await r.audit.append(auditEntry(runtime, actorAccountOf(actor), { action: 'update', resourceType: 'evidence-item', resourceId: item.id, subjectPerson: personId, detail: next.title }));
    return next;
  });
  const [view] = await withOutcomes(deps, actor, [updated]);
  return view!;
}

export async function deleteEvidence(deps: Pick<LivingDocumentDeps, 'data' | 'runtime'>, actor: Actor, personId: string, evidenceId: string): Promise<void> {
  const { data, runtime } = deps;
  await documentSubject(data, actor, personId, 'write');
  await data.transaction(async (r) => {
    const item = await itemOf(r, personId, evidenceId);
    await r.evidence.delete(item.id);
    await r.audit.append(auditEntry(runtime, actorAccountOf(actor), { action: 'delete', resourceType: 'evidence-item', resourceId: item.id, subjectPerson: personId, detail: item.title }));
  });
}
