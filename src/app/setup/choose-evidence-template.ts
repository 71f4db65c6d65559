/** Setup step 3: the evidence template every living document uses. Administrators; audited with the change. */
import type { Actor } from '../../core/access/actor.js';
import { evidenceTemplate, evidenceTemplates } from '../../core/setup/index.js';
import { TrellisError } from '../../errors.js';
import { actorAccountOf, auditEntry } from '../audit/audit-entry.js';
import { assertAllowed } from '../authorize.js';
import type { SetupDeps } from './deps.js';

export async function chooseEvidenceTemplate({ data, runtime }: SetupDeps, actor: Actor, id: string): Promise<void> {
  assertAllowed(actor, 'write', { type: 'settings' });
  if (!evidenceTemplate(id)) {
    throw new TrellisError('BAD_INPUT', `No evidence template "${id}".`, [{ field: 'template', message: `must be one of ${evidenceTemplates.map((t) => t.id).join(', ')}` }]);
  }
  await data.transaction(async (r) => {
    await r.settings.put('evidence-template', { id }, runtime.now(), actorAccountOf(actor));
    await r.audit.append(auditEntry(runtime, actorAccountOf(actor), { action: 'update', resourceType: 'settings', resourceId: 'evidence-template', detail: id }));
  });
}
