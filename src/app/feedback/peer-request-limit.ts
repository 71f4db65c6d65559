/**
 * The bound on peer feedback as an organisation setting (spec/people.md: "a small number per
 * cycle (setting, default 5)"), kept under `peer-feedback-limit`: a whole number from 1 to 20.
 * Administrators change it (audited); a stored value that does not parse reads as the default.
 */
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { defaultPeerRequestLimit } from '../../core/feedback/kinds.js';
import { TrellisError } from '../../errors.js';
import type { Repositories } from '../../store/data-access.js';
import { actorAccountOf, auditEntry } from '../audit/audit-entry.js';
import { assertAllowed } from '../authorize.js';
import type { ReviewDeps } from '../reviews/deps.js';

const limitSchema = z.number({ message: 'must be a whole number' }).int('must be a whole number').min(1, 'must be 1 to 20').max(20, 'must be 1 to 20');

export async function readPeerRequestLimit(r: Pick<Repositories, 'settings'>): Promise<number> {
  const parsed = z.object({ limit: limitSchema }).safeParse((await r.settings.get('peer-feedback-limit'))?.value);
  return parsed.success ? parsed.data.limit : defaultPeerRequestLimit;
}

export async function setPeerRequestLimit({ data, runtime }: ReviewDeps, actor: Actor, limit: unknown): Promise<number> {
  assertAllowed(actor, 'write', { type: 'settings' });
  const parsed = limitSchema.safeParse(limit);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'must be 1 to 20';
    throw new TrellisError('BAD_INPUT', `limit: ${message}`, [{ field: 'limit', message }]);
  }
  await data.transaction(async (r) => {
    await r.settings.put('peer-feedback-limit', { limit: parsed.data }, runtime.now(), actorAccountOf(actor));
    await r.audit.append(auditEntry(runtime, actorAccountOf(actor), { action: 'update', resourceType: 'settings', resourceId: 'peer-feedback-limit', detail: `${parsed.data} peer requests per person per cycle` }));
  });
  return parsed.data;
}
