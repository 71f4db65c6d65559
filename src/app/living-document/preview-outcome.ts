/**
 * The before/after of a proposed outcome link, before the item is saved — so a person can check
 * that the link points at the right service, moment and window ("change failure rate 18% → 6.5%,
 * n = 212 → 190"). The figure it is judged by is chosen in the same form and stored with the
 * item; it is shown whatever it says. Delivery figures are team context: any signed-in account
 * may preview.
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
