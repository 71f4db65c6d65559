/**
 * Feedback nobody had to ask for: a manager's feedback (shared, or a private note to the manager
 * line), a person's self feedback, and praise from a colleague. The kind's rule in the access
 * policy decides who may write it; citations, when given, must resolve in the named cycle.
 */
import type { Actor } from '../../core/access/actor.js';
import { checkFeedback } from '../../core/feedback/entry.js';
import type { FeedbackVisibility } from '../../core/feedback/kinds.js';
import { TrellisError } from '../../errors.js';
import type { FeedbackEntry } from '../../store/review-feedback-repository.js';
import { assertAllowed } from '../authorize.js';
import { newId } from '../runtime.js';
import { acceptedOrExplained, accountOf, audit, loadCycle, loadPerson } from '../reviews/deps.js';
import { resolveCited } from '../reviews/cited-evidence.js';
import { notifyFeedbackShared } from '../notifications/people-events.js';
import type { FeedbackDeps } from './deps.js';

export interface WriteInput {
  kind: 'manager' | 'self' | 'praise';
  visibility: FeedbackVisibility;
  signal: string | null;
  cycle: string | null;
  continueText: string;
  continueExample: string;
  changeText: string;
  changeExample: string;
  text: string;
  citations: string[];
}

export async function writeFeedback(deps: FeedbackDeps, actor: Actor, subjectId: string, input: WriteInput): Promise<FeedbackEntry> {
  const at = deps.runtime.now();
  const entry = await deps.data.transaction(async (r) => {
    const subject = await loadPerson(r, subjectId);
    assertAllowed(actor, 'write', { type: 'feedback', person: subjectId, kind: input.kind, visibility: input.visibility, asked: false });
    const checked = acceptedOrExplained(checkFeedback({ ...input, anonymous: false }, null));
    let citations: string[] = [];
    if (input.citations.length > 0) {
      if (input.cycle === null) throw new TrellisError('BAD_INPUT', 'cycle: name the cycle whose evidence the citations come from');
      citations = await resolveCited(r, await loadCycle(r, input.cycle), subject, input.citations, 'citations');
    } else if (input.cycle !== null) await loadCycle(r, input.cycle);
    const fb: FeedbackEntry = {
      id: newId(deps.runtime),
      person: subject.id,
      author: accountOf(actor),
      signal: checked.signal,
      text: checked.summary,
      sharedAt: checked.visibility === 'shared' ? at : null,
      createdAt: at,
      kind: input.kind,
      visibility: checked.visibility,
      anonymous: false,
      requestGroup: null,
      cycle: input.cycle,
      continueText: checked.continueText || null,
      continueExample: checked.continueExample || null,
      changeText: checked.changeText || null,
      changeExample: checked.changeExample || null,
      citations,
    };
    await r.sharedFeedback.insertEntry(fb);
    // Nobody is told of their own self feedback.
    if (input.kind !== 'self') await notifyFeedbackShared(r, deps.runtime, fb);
    await r.audit.append(audit(deps, actor, { action: 'write', resourceType: 'feedback', resourceId: fb.id, subjectPerson: subject.id, detail: `${input.kind} feedback, ${checked.visibility}` }));
    return fb;
  });
  return entry;
}
