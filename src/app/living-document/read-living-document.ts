/**
 * Reading a living document (spec/people.md): goals, evidence with each item's outcome filled in
 * from delivery data, growth notes where the policy allows them, the ladder position with the
 * gaps to the next level, and the fairness checks of the period. The person reads their own
 * freely; anyone else's read is audited, in the same transaction as the read.
 *
 * Evidence comes a page at a time (newest first): the checks and ladder gaps look at every item,
 * but only the page is sent, with its outcomes, so a long document never becomes a response of
 * several megabytes serialised on the event loop while everyone else waits. A page also stops
 * early at a size budget, for documents of unusually long items; the client continues from
 * `offset + evidence.length`.
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
import { sharedOneOnOnes, type SharedOneOnOnes } from './shared-one-on-ones.js';
import { documentSubject, isSelf } from './subject.js';
import { goalView, growthNoteView, type EvidenceView, type GoalView, type GrowthNoteView } from './views.js';

/** The default period of the fairness checks: the year up to now. */
export const DEFAULT_PERIOD_DAYS = 365;

/** Evidence items per page unless asked otherwise, and the most a page may have. */
export const EVIDENCE_PAGE = 50;
export const EVIDENCE_PAGE_MAX = 200;
/** A page stops growing past this many characters of evidence (about 512 KB of JSON). */
const PAGE_BUDGET_CHARS = 512 * 1024;

export interface DocumentQuery {
  /** Evidence page: how many items (default 50, at most 200) from which position (newest first). */
  evidenceLimit?: number | undefined;
  evidenceOffset?: number | undefined;
  /** Epoch ms; default: `to` − 365 days. */
  from?: number | undefined;
  /** Epoch ms, exclusive; default: now. */
  to?: number | undefined;
}

export interface LivingDocument {
  person: { id: string; name: string; team: string | null; manager: string | null; level: string | null; track: string | null };
  goals: GoalView[];
  /** One page of the items, newest first (see `evidencePage`). */
  evidence: EvidenceView[];
  /** Where the page sits: all items, and how many of them have an outcome link. */
  evidencePage: { total: number; offset: number; limit: number; withOutcome: number };
  growthNotes: { visible: true; items: GrowthNoteView[] } | { visible: false; reason: string; items: [] };
  ladder: LadderPositionView;
  /** Notes shared with the person in their 1:1s, newest first, read-only here; never private notes. */
  oneOnOnes: SharedOneOnOnes;
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
    // Outlines (no free text) for the checks; the page's items are read whole below.
    const [goals, items, notes] = [await r.goals.listGoals(personId), await r.evidence.listEvidenceOutlines(personId), notesDecision.allowed ? await r.growthNotes.listGrowthNotes(personId) : []];
    const ladder = await ladderPositionOf(r, person, items);
    const oneOnOnes = await sharedOneOnOnes(r, actor, personId);
    if (!isSelf(actor, personId)) {
      const detail = [notesDecision.allowed ? 'goals, evidence and growth notes' : 'goals and evidence', oneOnOnes.visible ? ', shared 1:1 notes' : ''].join('');
      await r.audit.append(auditEntry(runtime, actorAccountOf(actor), { action: 'read', resourceType: 'living-document', resourceId: personId, subjectPerson: personId, detail }));
    }
    return { goals, items, notes, ladder, oneOnOnes };
  });

  const fairness = fairnessChecks(loaded.items, { from, to });
  const limit = Math.min(q.evidenceLimit ?? EVIDENCE_PAGE, EVIDENCE_PAGE_MAX);
  const offset = q.evidenceOffset ?? 0;
  const pageIds = withinBudget([...loaded.items].reverse().slice(offset, offset + limit)).map((i) => i.id);
  const page = await data.evidence.listByIds(pageIds);
  const evidence = await withOutcomes(deps, actor, page);
  const evidencePage = { total: loaded.items.length, offset, limit, withOutcome: loaded.items.filter((i) => i.outcome !== null).length };
  return {
    person: { id: person.id, name: person.name, team: person.team, manager: person.manager, level: person.level, track: person.track },
    goals: loaded.goals.map(goalView),
    evidence,
    evidencePage,
    growthNotes: notesDecision.allowed ? { visible: true, items: visibleNotes(loaded.notes, actor).map(growthNoteView) } : { visible: false, reason: notesDecision.reason, items: [] },
    ladder: loaded.ladder,
    oneOnOnes: loaded.oneOnOnes,
    mayChange: {
      document: can(actor, 'write', { type: 'living-document', person: personId }).allowed,
      growthNotes: can(actor, 'write', { type: 'growth-note', person: personId }).allowed,
    },
    fairness: { ...fairness, period: { from: iso(from), to: iso(to) }, recency: { ...fairness.recency, recentFrom: iso(fairness.recency.recentFrom) } },
  };
}

/** The first items of `items` that fit the page budget (always at least one). */
function withinBudget<T extends { title: string; textSize: number }>(items: T[]): T[] {
  let used = 0;
  for (let i = 0; i < items.length; i++) {
    used += 400 + items[i]!.title.length + items[i]!.textSize;
    if (used > PAGE_BUDGET_CHARS && i > 0) return items.slice(0, i);
  }
  return items;
}
