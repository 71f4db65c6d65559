/**
 * What a rating or review may cite: the person's evidence items dated in the cycle's period,
 * each with its outcome figure in one line (the before/after the item leads with) or the
 * activity label — what the citation picker lists and searches. Readers are those who read the
 * review packet (the person, their manager line, calibrators, people partners); the read is
 * audited like the packet's.
 */
import type { Actor } from '../../core/access/actor.js';
import { describeComparison, describeSloOutcome, type SloOutcomeLike } from '../../core/packet/index.js';
import { assertAllowed } from '../authorize.js';
import type { LivingDocumentDeps } from '../living-document/deps.js';
import { withOutcomes } from '../living-document/evidence-outcome.js';
import { audit, isSelf, loadCycle, loadPerson } from './deps.js';

/** An SLO outcome's judged line (the budget burn) with its verdict, as a citation shows it. */
function sloOutcomeLine(o: SloOutcomeLike): string {
  const burn = describeSloOutcome(o)[0]!;
  return `${burn.text}: ${burn.verdict}`;
}

export interface CitableItem {
  id: string;
  title: string;
  /** ISO day. */
  date: string;
  kind: string;
  signals: string[];
  /** The outcome in one line ("change failure rate of deploy-pipeline: 18.0% → 6.5% …"), or null for activity. */
  outcome: string | null;
}

export async function citableEvidence(deps: LivingDocumentDeps, actor: Actor, cycleId: string, personId: string): Promise<{ period: { from: number; to: number }; items: CitableItem[] }> {
  const cycle = await loadCycle(deps.data, cycleId);
  await loadPerson(deps.data, personId);
  assertAllowed(actor, 'read', { type: 'review-packet', person: personId });
  const period = { from: cycle.periodFrom, to: cycle.periodTo };
  const views = await withOutcomes(deps, actor, await deps.data.evidence.listEvidence(personId, period));
  if (!isSelf(actor, personId)) await deps.data.audit.append(audit(deps, actor, { action: 'read', resourceType: 'review-packet', resourceId: cycle.id, subjectPerson: personId, detail: 'evidence to cite' }));
  const items = views.map((v) => {
    const o = v.outcome;
    const line =
      o === null ? null
      : o.status === 'figures' && o.slo ? sloOutcomeLine(o.slo)
      : o.status === 'figures' && o.metrics && o.scope && o.headline ? describeComparison(o.headline, o.scope.name, o.metrics[o.headline])
      : (o.message ?? 'no figures yet');
    return { id: v.id, title: v.title, date: v.date, kind: v.kind, signals: v.signals, outcome: line };
  });
  return { period, items };
}
