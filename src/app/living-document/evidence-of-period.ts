/**
 * A person's evidence in a period with outcomes filled in — the read the review packet builds
 * on. The packet does its own access check and audit (review-packet); this function trusts its
 * caller on access, like a repository, and only adds the outcome figures.
 *
 *   const items = await evidenceOfPeriod(deps, actor, 'amara-okafor', { from, to });
 */
import type { Actor } from '../../core/access/actor.js';
import type { LivingDocumentDeps } from './deps.js';
import { withOutcomes } from './evidence-outcome.js';
import type { EvidenceView } from './views.js';

export async function evidenceOfPeriod(deps: LivingDocumentDeps, actor: Actor, personId: string, period: { from: number; to: number }): Promise<EvidenceView[]> {
  return withOutcomes(deps, actor, await deps.data.evidence.listEvidence(personId, period));
}
