/**
 * Filling in an evidence item's outcome: for a service or team, the delivery before/after around
 * the moment the work took effect — through compareDelivery, the same path as the delivery page's
 * before/after, with the moment exactly as stored, so both show the same numbers. An SLO link shows the SLO's budget
 * burn and SLI before/after with its burn attribution (sloOutcome); an SLO removed since the item
 * was written keeps the link and says so — a value, never an error.
 */
import type { Actor } from '../../core/access/actor.js';
import { headlineMetric, type EvidenceItem, type OutcomeLink } from '../../core/evidence/index.js';
import { isTrellisError } from '../../errors.js';
import { compareDelivery } from '../delivery/compare-delivery.js';
import { sloOutcome } from '../reliability/slo-outcome.js';
import { deliveryDepsOf, type LivingDocumentDeps } from './deps.js';
import { evidenceView, linkView, sloOutcomeView, type EvidenceView, type OutcomeView } from './views.js';

async function sloOutcomeOf(deps: Pick<LivingDocumentDeps, 'data'>, actor: Actor, link: OutcomeLink, base: Omit<OutcomeView, 'status'>): Promise<OutcomeView> {
  const o = await sloOutcome({ slos: deps.data.slos }, actor, { slo: link.id, at: link.at, windowDays: link.windowDays });
  if (o === null) return { ...base, status: 'not-found', message: `No SLO "${link.id}" any more (SLOs are imported as OpenSLO files).` };
  const c = o.comparison;
  return {
    ...base,
    status: 'figures',
    scope: { kind: 'slo', id: o.slo, name: o.slo },
    comparison: {
      windowDays: c.windowMs / 86_400_000,
      requestedWindowDays: c.requestedWindowMs / 86_400_000,
      dataEnd: null,
      failureLagDays: 0,
      notes: c.notes,
    },
    slo: sloOutcomeView(o),
  };
}

export async function outcomeOf(deps: Pick<LivingDocumentDeps, 'data' | 'runtime' | 'delivery' | 'cache' | 'pool'>, actor: Actor, link: OutcomeLink): Promise<OutcomeView> {
  const base = { link: linkView(link), message: null, scope: null, headline: null, metrics: null, comparison: null, slo: null };
  if (link.target === 'slo') return sloOutcomeOf(deps, actor, link, base);
  try {
    const c = await compareDelivery(deliveryDepsOf(deps), actor, {
      scope: { kind: link.target, id: link.id },
      t: link.at,
      windowDays: link.windowDays,
    });
    return {
      ...base,
      status: 'figures',
      scope: { kind: link.target, id: link.id, name: c.scope.name },
      headline: headlineMetric(link.metric),
      metrics: c.metrics,
      comparison: {
        windowDays: c.windowDays,
        requestedWindowDays: c.requestedWindowDays,
        dataEnd: c.dataEnd === null ? null : new Date(c.dataEnd).toISOString(),
        failureLagDays: c.failureLagDays,
        notes: c.notes,
      },
    };
  } catch (e) {
    // A service or team renamed away since the item was written: keep the item, say so.
    if (isTrellisError(e) && e.code === 'NOT_FOUND') return { ...base, status: 'not-found', message: e.message };
    throw e;
  }
}

/**
 * Evidence items with their labels and outcomes filled in — what the living document shows and
 * what the review packet arranges by signal. Access to the person's evidence is the caller's
 * check; this only reads delivery figures (team context, readable by every signed-in account).
 */
export async function withOutcomes(deps: Pick<LivingDocumentDeps, 'data' | 'runtime' | 'delivery' | 'cache' | 'pool'>, actor: Actor, items: readonly EvidenceItem[]): Promise<EvidenceView[]> {
  const out: EvidenceView[] = [];
  for (const item of items) out.push(evidenceView(item, item.outcome === null ? null : await outcomeOf(deps, actor, item.outcome)));
  return out;
}
