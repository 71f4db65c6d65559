/**
 * Reading setup choices back from the settings table. A row that does not parse (edited by hand,
 * or from a newer version) reads as "not set" rather than breaking the setup page.
 */
import { z } from 'zod';
import { evidenceTemplate, type WorkshopPlan } from '../../core/setup/index.js';
import type { StoredSetting } from '../../store/settings-repository.js';

export const workshopPlanSchema = z.object({
  date: z.string(),
  durationMinutes: z.number().int(),
  facilitator: z.string(),
  participants: z.array(z.string()),
  cycle: z.string().nullable().optional(),
  ratingDeadlineDays: z.number().int(),
});

export function storedTemplate(s: StoredSetting | null): string | null {
  const parsed = z.object({ id: z.string() }).safeParse(s?.value);
  return parsed.success && evidenceTemplate(parsed.data.id) ? parsed.data.id : null;
}

export function storedWorkshop(s: StoredSetting | null): WorkshopPlan | null {
  const parsed = workshopPlanSchema.safeParse(s?.value);
  return parsed.success ? parsed.data : null;
}
