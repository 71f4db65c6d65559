/**
 * The before/after of a proposed outcome link, before the item is saved — so a person sees what
 * their link would show ("change failure rate 18% → 6.5%, n = 212 → 190") and can pick a better
 * date or window first. Delivery figures are team context: any signed-in account may preview.
 */
import type { Actor } from '../../core/access/actor.js';
import { parseOutcomeLink } from '../../core/evidence/index.js';
import { assertAllowed } from '../authorize.js';
import type { LivingDocumentDeps } from './deps.js';
import { outcomeOf } from './evidence-outcome.js';
import { badInput } from './subject.js';
import type { OutcomeView } from './views.js';

export async function previewOutcome(deps: LivingDocumentDeps, actor: Actor, input: unknown): Promise<OutcomeView> {
  assertAllowed(actor, 'read', { type: 'team-delivery' });
  const parsed = parseOutcomeLink(input);
  if (!parsed.ok) throw badInput('outcome link', parsed.problems);
  return outcomeOf(deps, actor, parsed.value);
}
