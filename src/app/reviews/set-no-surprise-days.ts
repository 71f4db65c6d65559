/**
 * The no-surprises window as an organisation setting (spec/people.md: "at least 30 days
 * (setting)"): administrators change it, the change is audited, and every page that checks
 * ratings (surprise-flags.ts) reads it. A whole number of days from 7 to 365.
 */
import type { Actor } from '../../core/access/actor.js';
import { TrellisError } from '../../errors.js';
import type { Repositories } from '../../store/data-access.js';
import { actorAccountOf, auditEntry } from '../audit/audit-entry.js';
import { assertAllowed } from '../authorize.js';
import type { ReviewDeps } from './deps.js';
import { noSurpriseDaysOf, noSurpriseDaysSchema } from './settings.js';

export async function setNoSurpriseDays({ data, runtime }: ReviewDeps, actor: Actor, days: unknown): Promise<number> {
  assertAllowed(actor, 'write', { type: 'settings' });
  const parsed = noSurpriseDaysSchema.safeParse(days);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'must be 7 to 365 days';
    throw new TrellisError('BAD_INPUT', `days: ${message}`, [{ field: 'days', message }]);
  }
  await data.transaction(async (r) => {
    await r.settings.put('no-surprise-days', { days: parsed.data }, runtime.now(), actorAccountOf(actor));
    await r.audit.append(auditEntry(runtime, actorAccountOf(actor), { action: 'update', resourceType: 'settings', resourceId: 'no-surprise-days', detail: `${parsed.data} days` }));
  });
  return parsed.data;
}

/** The window in force (the default, 30, until an administrator sets one). */
export async function readNoSurpriseDays(r: Pick<Repositories, 'settings'>): Promise<number> {
  return noSurpriseDaysOf(await r.settings.get('no-surprise-days'));
}
