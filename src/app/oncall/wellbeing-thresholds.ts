/**
 * The sustainable-work thresholds as an organisation setting (`wellbeing-thresholds`): read with
 * defaults for any field not set (a hand-edited row with a bad value falls back field by field,
 * so a page never breaks), changed by administrators with an audit entry.
 */
import type { Actor } from '../../core/access/actor.js';
import { DEFAULT_THRESHOLDS, wellbeingThresholds, type WellbeingThresholds } from '../../core/wellbeing/thresholds.js';
import { TrellisError } from '../../errors.js';
import type { DataAccess } from '../../store/data-access.js';
import type { SettingsRepository } from '../../store/settings-repository.js';
import { actorAccountOf, auditEntry } from '../audit/audit-entry.js';
import { assertAllowed } from '../authorize.js';
import type { Runtime } from '../runtime.js';

export const THRESHOLDS_KEY = 'wellbeing-thresholds';

export async function readThresholds(settings: SettingsRepository): Promise<WellbeingThresholds> {
  const stored = await settings.get(THRESHOLDS_KEY);
  const value = stored?.value;
  if (value === null || typeof value !== 'object') return { ...DEFAULT_THRESHOLDS };
  const out: Record<string, unknown> = { ...DEFAULT_THRESHOLDS };
  const shape = wellbeingThresholds.shape;
  for (const [k, v] of Object.entries(value)) {
    const field = shape[k as keyof typeof shape];
    if (field && field.safeParse(v).success) out[k] = v;
  }
  return out as WellbeingThresholds;
}

export async function setThresholds({ data, runtime }: { data: DataAccess; runtime: Runtime }, actor: Actor, input: unknown): Promise<WellbeingThresholds> {
  assertAllowed(actor, 'write', { type: 'settings' });
  const parsed = wellbeingThresholds.partial().safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new TrellisError('BAD_INPUT', `${issue.path.join('.') || 'thresholds'}: ${issue.message}`);
  }
  return data.transaction(async (r) => {
    const next = { ...(await readThresholds(r.settings)), ...parsed.data };
    await r.settings.put(THRESHOLDS_KEY, next, runtime.now(), actorAccountOf(actor));
    await r.audit.append(auditEntry(runtime, actorAccountOf(actor), { action: 'write', resourceType: 'settings', resourceId: THRESHOLDS_KEY, detail: 'sustainable-work thresholds' }));
    return next;
  });
}
