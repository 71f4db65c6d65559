/**
 * Reading a living document (spec/people.md): goals, evidence with each item's outcome filled in
 * from delivery data, growth notes where the policy allows them, the ladder position with the
 * gaps to the next level, and the fairness checks of the period. The person reads their own
 * freely; anyone else's read is audited, in the same transaction as the read.
 */
import type { Actor } from '../../core/access/actor.js';
import { can } from '../../core/access/policy.js';
import { fairnessChecks, type FairnessReport } from '../../core/evidence/index.js';
import { DAY } from '../../core/delivery/index.js';
import { TrellisError } from '../../errors.js';
import { actorAccountOf, auditEntry } from '../audit/audit-entry.js';
import type { LivingDocumentDeps } from './deps.js';
import { withOutcomes } from './evidence-outcome.js';
import { visibleNotes } from './growth-notes.js';
import { ladderPositionOf, type LadderPositionView } from './ladder-position.js';
import { documentSubject, isSelf } from './subject.js';
import { goalView, growthNoteView, type EvidenceView, type GoalView, type GrowthNoteView } from './views.js';

/** The default period of the fairness checks: the year up to now. */
export const DEFAULT_PERIOD_DAYS = 365;

export interface DocumentQuery {
  /** Epoch ms; default: `to` − 365 days. */
  from?: number | undefined;
  /** Epoch ms, exclusive; default: now. */
  to?: number | undefined;
}

export interface LivingDocument {
  person: { id: string; name: string; team: string | null; manager: string | null; level: string | null; track: string | null };
  goals: GoalView[];
  /** Every item, newest first. */
  evidence: EvidenceView[];
  growthNotes: { visible: true; items: GrowthNoteView[] } | { visible: false; reason: string; items: [] };
  ladder: LadderPositionView;
  /**
   * What the reader may change, decided by the access policy, so the page offers only the forms
   * that work: goals and evidence (`document`), and growth notes (the manager line's, never the
   * person's own).
   */
  mayChange: { document: boolean; growthNotes: boolean };
  fairness: Omit<FairnessReport, 'period' | 'recency'> & { period: { from: string; to: string }; recency: Omit<FairnessReport['recency'], 'recentFrom'> & { recentFrom: string } };
}

const iso = (ms: number): string => new Date(ms).toISOString();

export async function readLivingDocument(deps: LivingDocumentDeps, actor: Actor, personId: string, q: DocumentQuery = {}): Promise<LivingDocument> {
  const { data, runtime } = deps;
  const person = await documentSubject(data, actor, personId, 'read');
  const to = q.to ?? runtime.now();
  const from = q.from ?? to - DEFAULT_PERIOD_DAYS * DAY;
  if (!(from < to)) throw new TrellisError('BAD_INPUT', 'The period is empty: `from` must be before `to`.', [{ field: 'from', message: 'must be before to' }]);
  const notesDecision = can(actor, 'read', { type: 'growth-note', person: personId });

  const loaded = await data.transaction(async (r) => {
    const [goals, items, notes] = [await r.goals.listGoals(personId), await r.evidence.listEvidence(personId), notesDecision.allowed ? await r.growthNotes.listGrowthNotes(personId) : []];
    const ladder = await ladderPositionOf(r, person, items);
    if (!isSelf(actor, personId)) {
      const detail = notesDecision.allowed ? 'goals, evidence and growth notes' : 'goals and evidence';
      await r.audit.append(auditEntry(runtime, actorAccountOf(actor), { action: 'read', resourceType: 'living-document', resourceId: personId, subjectPerson: personId, detail }));
    }
    return { goals, items, notes, ladder };
  });

  const fairness = fairnessChecks(loaded.items, { from, to });
  const evidence = await withOutcomes(deps, actor, [...loaded.items].reverse());
  return {
    person: { id: person.id, name: person.name, team: person.team, manager: person.manager, level: person.level, track: person.track },
    goals: loaded.goals.map(goalView),
    evidence,
    growthNotes: notesDecision.allowed ? { visible: true, items: visibleNotes(loaded.notes, actor).map(growthNoteView) } : { visible: false, reason: notesDecision.reason, items: [] },
    ladder: loaded.ladder,
    mayChange: {
      document: can(actor, 'write', { type: 'living-document', person: personId }).allowed,
      growthNotes: can(actor, 'write', { type: 'growth-note', person: personId }).allowed,
    },
    fairness: { ...fairness, period: { from: iso(from), to: iso(to) }, recency: { ...fairness.recency, recentFrom: iso(fairness.recency.recentFrom) } },
  };
}
