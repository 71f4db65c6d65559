/**
 * One piece of feedback as written: the structured prompts (one thing to continue, one to change,
 * each with an example) or a free text, checked against the kind's attribution policy. Pure: the
 * use case passes what it knows about the request (how many people it went to).
 */
import { ok, refuse, type Outcome } from '../review/outcome.js';
import { attributionPolicy, isRequestedKind, minAnonymousGroup, type FeedbackKind, type FeedbackVisibility } from './kinds.js';

export interface FeedbackDraft {
  kind: FeedbackKind;
  visibility: FeedbackVisibility;
  anonymous: boolean;
  signal: string | null;
  continueText: string;
  continueExample: string;
  changeText: string;
  changeExample: string;
  /** Free text: praise, manager and self feedback may use it instead of (or beside) the prompts. */
  text: string;
}

export interface CheckedFeedback extends FeedbackDraft {
  /** The one-text rendering shown where a single text is read (the packet, the no-surprises check). */
  summary: string;
}

const limit = 5000;

/** The plain-text rendering of the prompts and the free text, in the order a reader meets them. */
export function summarise(d: Pick<FeedbackDraft, 'continueText' | 'continueExample' | 'changeText' | 'changeExample' | 'text'>): string {
  const parts: string[] = [];
  if (d.continueText) parts.push(`Continue: ${d.continueText}${d.continueExample ? ` For example: ${d.continueExample}` : ''}`);
  if (d.changeText) parts.push(`Change: ${d.changeText}${d.changeExample ? ` For example: ${d.changeExample}` : ''}`);
  if (d.text) parts.push(d.text);
  return parts.join('\n\n');
}

/**
 * Checks a draft: requested kinds answer both prompts, each with an example; the others need at
 * least some text. Anonymity only where the kind allows it and the request group is large enough
 * (`groupSize`: the number of people the request went to; null when not requested).
 */
export function checkFeedback(draft: FeedbackDraft, groupSize: number | null): Outcome<CheckedFeedback> {
  const d: FeedbackDraft = {
    ...draft,
    continueText: draft.continueText.trim(),
    continueExample: draft.continueExample.trim(),
    changeText: draft.changeText.trim(),
    changeExample: draft.changeExample.trim(),
    text: draft.text.trim(),
  };
  const policy = attributionPolicy(d.kind);
  for (const field of ['continueText', 'continueExample', 'changeText', 'changeExample', 'text'] as const) {
    if (d[field].length > limit) return refuse(`${field}: at most ${limit} characters`);
  }
  if (!policy.visibilities.includes(d.visibility)) return refuse(`visibility: ${d.kind} feedback is ${policy.visibilities.join(' or ')}, not ${d.visibility}`);
  if (d.anonymous) {
    if (!policy.mayBeAnonymous) return refuse(`anonymous: ${d.kind} feedback is always attributed`);
    if (groupSize === null || groupSize < minAnonymousGroup) {
      return refuse(`anonymous: this request went to ${groupSize ?? 0} ${groupSize === 1 ? 'person' : 'people'}; anonymous upward feedback needs a group of at least ${minAnonymousGroup} so it cannot be traced — answer with your name instead`);
    }
  }
  if (isRequestedKind(d.kind)) {
    if (d.continueText === '') return refuse('continueText: name one thing to continue');
    if (d.continueExample === '') return refuse('continueExample: give an example of the thing to continue (what happened, when, its effect)');
    if (d.changeText === '') return refuse('changeText: name one thing to change');
    if (d.changeExample === '') return refuse('changeExample: give an example of the thing to change (what happened, when, its effect)');
  } else if (d.text === '' && d.continueText === '' && d.changeText === '') {
    return refuse('text: write the feedback (or answer the prompts)');
  }
  return ok({ ...d, summary: summarise(d) });
}

/**
 * Is an anonymous answer of a group readable yet? Only once `answered` (answers in its request
 * group) reaches the minimum group size; until then it is withheld from every reader.
 */
export const anonymousReadable = (answered: number): boolean => answered >= minAnonymousGroup;
