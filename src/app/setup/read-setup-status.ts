/**
 * Where first-run setup stands: the four steps, each done or not from what is configured, plus
 * what the setup page needs to offer the next step (the templates, the workshop plan and agenda).
 */
import type { Actor } from '../../core/access/actor.js';
import { evidenceTemplates, setupStatus, workshopAgenda, type AgendaItem, type EvidenceTemplate, type SetupStatus, type WorkshopPlan } from '../../core/setup/index.js';
import { can } from '../../core/access/policy.js';
import { assertAllowed } from '../authorize.js';
import { bundledLadders } from './bundled-ladders.js';
import type { SetupDeps } from './deps.js';
import { storedTemplate, storedWorkshop } from './stored-settings.js';

export interface SetupView extends SetupStatus {
  evidenceTemplates: EvidenceTemplate[];
  evidenceTemplate: string | null;
  bundledLadders: { id: string; name: string; description: string }[];
  workshop: (WorkshopPlan & { agenda: AgendaItem[] }) | null;
  /**
   * Which steps the reader may change, decided by the access policy itself: everyone signed in
   * may follow setup, and the page offers the changes only to those the server would let make them.
   */
  mayChange: { ladder: boolean; signals: boolean; settings: boolean };
}

export async function readSetupStatus({ data }: SetupDeps, actor: Actor): Promise<SetupView> {
  assertAllowed(actor, 'read', { type: 'settings' });
  const [ladder, rubric, template, workshop] = await Promise.all([data.ladders.latestPublished(), data.rubrics.latestPublished(), data.settings.get('evidence-template'), data.settings.get('calibration-workshop')]);
  const templateId = storedTemplate(template);
  const plan = storedWorkshop(workshop);
  const status = setupStatus({
    ladder: ladder ? { id: ladder.ladder.id, name: ladder.ladder.name, version: ladder.version } : null,
    rubric: rubric ? { id: rubric.id, name: rubric.name, version: rubric.version, signals: rubric.signals.length, published: rubric.publishedAt !== null } : null,
    evidenceTemplate: templateId,
    workshop: plan ? { date: plan.date, participants: plan.participants.length } : null,
  });
  return {
    ...status,
    evidenceTemplates: [...evidenceTemplates],
    evidenceTemplate: templateId,
    bundledLadders: bundledLadders.map(({ id, name, description }) => ({ id, name, description })),
    workshop: plan ? { ...plan, agenda: workshopAgenda(plan) } : null,
    mayChange: {
      ladder: can(actor, 'write', { type: 'ladder' }).allowed,
      signals: can(actor, 'write', { type: 'rubric' }).allowed,
      settings: can(actor, 'write', { type: 'settings' }).allowed,
    },
  };
}
