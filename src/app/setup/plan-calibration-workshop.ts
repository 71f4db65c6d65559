/**
 * Setup step 4: plan the calibration workshop. The plan is checked (date ahead with time for
 * independent ratings, at least two raters, everyone named exists) and stored with its audit entry.
 */
import type { Actor } from '../../core/access/actor.js';
import { validateWorkshop, workshopAgenda, type AgendaItem, type WorkshopPlan } from '../../core/setup/index.js';
import { TrellisError } from '../../errors.js';
import { actorAccountOf, auditEntry } from '../audit/audit-entry.js';
import { assertAllowed } from '../authorize.js';
import type { SetupDeps } from './deps.js';

export async function planCalibrationWorkshop({ data, runtime }: SetupDeps, actor: Actor, plan: WorkshopPlan): Promise<AgendaItem[]> {
  assertAllowed(actor, 'write', { type: 'settings' });
  const problems = validateWorkshop(plan, runtime.now());
  const named = [plan.facilitator, ...plan.participants].filter((p) => p.trim() !== '');
  const found = await Promise.all(named.map((id) => data.org.getPerson(id)));
  named.forEach((id, i) => {
    if (!found[i]) problems.push({ field: i === 0 ? 'facilitator' : 'participants', message: `no person with id "${id}"` });
  });
  if (problems.length > 0) throw new TrellisError('BAD_INPUT', 'The workshop plan has problems.', problems);
  if (plan.cycle) {
    const cycle = await data.cycles.get(plan.cycle);
    if (!cycle) throw new TrellisError('BAD_INPUT', `No review cycle "${plan.cycle}".`, [{ field: 'cycle', message: 'not found' }]);
  }
  await data.transaction(async (r) => {
    await r.settings.put('calibration-workshop', plan, runtime.now(), actorAccountOf(actor));
    await r.audit.append(auditEntry(runtime, actorAccountOf(actor), { action: 'update', resourceType: 'settings', resourceId: 'calibration-workshop', detail: `${plan.date}, ${plan.participants.length} raters` }));
  });
  return workshopAgenda(plan);
}
