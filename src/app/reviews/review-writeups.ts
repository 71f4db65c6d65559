/**
 * Self reviews and manager reviews, one submitted text per cycle × person, citing items of the
 * person's living document. The engineer writes the self review, their manager line the manager
 * review, while the cycle is published or in writing — and may edit it, submitted or not, until
 * the cycle moves on to calibrating.
 * The manager review has its own rule too (`manager-review`): like ratings, it reaches the
 * engineer when the cycle is shared.
 *
 * While they write, the page autosaves a draft (`draft: true`): a draft belongs to its writer
 * alone (policy: `review-draft`), so half-finished thoughts never reach the person, a calibrator
 * or another manager. Submitting checks the citations, stores the review and drops the draft.
 * Autosaves are not audited one by one (a save every few seconds would bury the log, and nobody
 * else can read a draft); the submit is.
 *
 * The review packet reads submitted reviews with `readReviewWriteups(deps, actor, cycleId, personId)`,
 * or `data.reviewWriteups.forPerson(cycleId, personId)` after its own policy check.
 */
import type { Actor } from '../../core/access/actor.js';
import type { ReviewCycle } from '../../core/review/cycle.js';
import { isShared } from '../../core/review/visibility.js';
import { TrellisError } from '../../errors.js';
import type { ReviewDraft, ReviewWriteup, WriteupKind } from '../../store/review-writeup-repository.js';
import { can } from '../../core/access/policy.js';
import { assertAllowed } from '../authorize.js';
import { citedItems, resolveCited, type CitedItem } from './cited-evidence.js';
import { accountOf, audit, isSelf, loadCycle, loadPerson, managesLine, type ReviewDeps } from './deps.js';

export interface WriteupInput {
  text: string;
  /** Evidence item ids of the person's living document. */
  citations?: string[];
  /** Autosave: keep it as the writer's private draft instead of submitting it. */
  draft?: boolean;
}

/** Reviews are written, and submitted ones edited, until the cycle moves on to calibrating. */
const isOpenForWriting = (cycle: ReviewCycle): boolean => cycle.state === 'published' || cycle.state === 'writing';

/** May the actor write this kind of review of this person in this cycle (its state aside)? */
function writes(actor: Actor, person: string, kind: WriteupKind): boolean {
  return kind === 'self' ? isSelf(actor, person) : managesLine(actor, person);
}

export async function writeReviewWriteup(deps: ReviewDeps, actor: Actor, cycleId: string, person: string, kind: WriteupKind, input: WriteupInput | string): Promise<ReviewWriteup | ReviewDraft> {
  const { text, citations = [], draft = false } = typeof input === 'string' ? { text: input } : input;
  const at = deps.runtime.now();
  return deps.data.transaction(async (r) => {
    const cycle = await loadCycle(r, cycleId);
    const subject = await loadPerson(r, person);
    assertAllowed(actor, 'write', { type: 'review-packet', person });
    if (kind === 'self' && !isSelf(actor, person)) throw new TrellisError('FORBIDDEN', 'A self review is written by the person themself.');
    if (kind === 'manager' && !managesLine(actor, person)) throw new TrellisError('FORBIDDEN', 'A manager review is written by the person’s manager line.');
    if (kind === 'manager') assertAllowed(actor, 'write', { type: 'manager-review', person, shared: isShared(cycle) });
    if (!isOpenForWriting(cycle)) throw new TrellisError('CONFLICT', `Reviews are written while the cycle is published or in writing; "${cycle.name}" is ${cycle.state}.`);
    const author = accountOf(actor);
    if (draft) {
      if (author === null) throw new TrellisError('FORBIDDEN', 'Drafts are kept for a signed-in writer.');
      assertAllowed(actor, 'write', { type: 'review-draft', person, author });
      const d: ReviewDraft = { cycle: cycle.id, person, kind, author, text, citations: citations.map((c) => c.trim()).filter((c) => c !== ''), updatedAt: at };
      await r.reviewWriteups.saveDraft(d);
      return d;
    }
    if (text.trim() === '') throw new TrellisError('BAD_INPUT', 'text: must not be empty');
    const cited = await resolveCited(r, cycle, subject, citations, 'citations');
    const w: ReviewWriteup = { cycle: cycle.id, person, kind, text: text.trim(), citations: cited, author, updatedAt: at };
    await r.reviewWriteups.save(w);
    if (author !== null) await r.reviewWriteups.deleteDraft(cycle.id, person, kind, author);
    await r.audit.append(audit(deps, actor, { action: 'write', resourceType: 'review-packet', resourceId: cycle.id, subjectPerson: person, detail: `${kind} review submitted` }));
    return w;
  });
}

export interface WriteupsView {
  self: ReviewWriteup | null;
  manager: ReviewWriteup | null;
  /** The reader's own drafts for this person (never anyone else's). */
  drafts: { self: ReviewDraft | null; manager: ReviewDraft | null };
  /** The evidence items cited above, to name and link them. */
  cited: CitedItem[];
  /** Which reviews the reader may write now. */
  mayWrite: { self: boolean; manager: boolean };
  /** Why the manager review is withheld from this reader (the engineer before the cycle is shared); null when it is shown. */
  managerHidden: string | null;
}

export async function readReviewWriteups(deps: ReviewDeps, actor: Actor, cycleId: string, person: string): Promise<WriteupsView> {
  const cycle = await loadCycle(deps.data, cycleId);
  await loadPerson(deps.data, person);
  assertAllowed(actor, 'read', { type: 'review-packet', person });
  const author = accountOf(actor);
  const managerRule = can(actor, 'read', { type: 'manager-review', person, shared: isShared(cycle) });
  return deps.data.transaction(async (r) => {
    const w = await r.reviewWriteups.forPerson(cycle.id, person);
    const own = author !== null && can(actor, 'read', { type: 'review-draft', person, author }).allowed ? await r.reviewWriteups.draftsOf(cycle.id, person, author) : [];
    const drafts = { self: own.find((d) => d.kind === 'self') ?? null, manager: own.find((d) => d.kind === 'manager') ?? null };
    const ids = [w.self, w.manager, drafts.self, drafts.manager].flatMap((x) => x?.citations ?? []);
    const cited = await citedItems(r, person, ids);
    if (!isSelf(actor, person)) await r.audit.append(audit(deps, actor, { action: 'read', resourceType: 'review-packet', resourceId: cycle.id, subjectPerson: person, detail: 'self and manager reviews' }));
    const open = isOpenForWriting(cycle);
    const mayWrite = { self: open && writes(actor, person, 'self'), manager: open && writes(actor, person, 'manager') };
    // The manager review (and the reader's own draft of it, were they ever to hold one) reaches the engineer only when the rule says so.
    if (!managerRule.allowed) return { self: w.self, manager: null, drafts: { ...drafts, manager: null }, cited, mayWrite, managerHidden: managerRule.reason };
    return { ...w, drafts, cited, mayWrite, managerHidden: null };
  });
}
