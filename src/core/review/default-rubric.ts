/**
 * The article's five review signals, with definitions and observable examples of "needs support",
 * "strong" and "exceeds". Examples name artefacts and behaviours a reviewer can point at — never
 * adjectives — so a rating can cite evidence for them.
 */
import { defaultScale, defaultSignalIds, type ReviewSignal, type Rubric } from './signals.js';

type SignalId = (typeof defaultSignalIds)[number];

const signals: Record<SignalId, Omit<ReviewSignal, 'id'>> = {
  'delivery-impact': {
    name: 'Delivery impact',
    definition: 'Work that reached users and changed an outcome: what shipped, what it changed, and how the work was sliced so it could ship safely.',
    strongExamples: [
      'Split the billing migration into four releases that each shipped behind a flag within two weeks.',
      'Links each shipped change to a user or service outcome (a before/after figure, a support ticket count).',
    ],
    needsSupportExamples: [
      'Work sits in long-lived branches for weeks and lands as one large change that is hard to review.',
      'Cannot say which user or service outcome a finished piece of work changed.',
    ],
    exceedsExamples: [
      'Sliced a multi-team launch so each team shipped on its own schedule; the first users had it three weeks early.',
      'Proposed and shipped work outside the agreed goals that moved a service outcome the team tracks, with the figures before and after.',
    ],
  },
  'reliability-impact': {
    name: 'Reliability impact',
    definition: 'Keeping services dependable: prevention (safer releases, quieter alerts, fewer incidents) weighs as much as incident response.',
    strongExamples: [
      'Added automated rollback to the deploy pipeline; the change failure rate of the service fell over the following quarter.',
      'Tuned noisy alerts so pages per on-call shift went down without missing an incident.',
    ],
    needsSupportExamples: [
      'Incident follow-up actions assigned to them stay open past their due date.',
      'Ships changes to a service without a rollback path or the dashboards to see their effect.',
    ],
    exceedsExamples: [
      'Led prevention work across several services (a shared rollback step, an SLO per service) and showed fewer incidents over two quarters.',
      'Turned the common cause of three postmortems into one fix that other teams adopted.',
    ],
  },
  'code-quality': {
    name: 'Code quality',
    definition: 'Changes that others can read, test, operate and change later: tests, reviews given and received, clear design notes.',
    strongExamples: [
      'Pull requests arrive with tests and a description of why; reviewers rarely need a second round.',
      'Gives reviews that name the risk and suggest a concrete alternative.',
    ],
    needsSupportExamples: [
      'Changes regularly come back from review for missing tests or unclear naming.',
      'Fixes reach production without a regression test for the bug they fix.',
    ],
    exceedsExamples: [
      'Wrote the testing guide the team now follows and reviewed the first ten pull requests written against it.',
      'Refactored a module that caused repeated bugs; regressions in it dropped to none over the next two quarters.',
    ],
  },
  collaboration: {
    name: 'Collaboration',
    definition: 'How work moves with and through other people: unblocking others, sharing context, glue work and mentoring.',
    strongExamples: [
      'Paired with a new team member on their first three on-call shifts and wrote up the runbook gaps they found.',
      'Writes the decision record after a cross-team design discussion so other teams can act on it.',
    ],
    needsSupportExamples: [
      'Review requests from teammates wait more than three working days without a reply.',
      'Decisions affecting another team are made without telling that team.',
    ],
    exceedsExamples: [
      'Brought three teams to one decision on a shared interface and wrote the decision record they all link to.',
      'Set up a pairing rota for on-call newcomers that other teams copied.',
    ],
  },
  'growth-at-level': {
    name: 'Growth at level',
    definition: 'Progress on the expectations of the person’s ladder level and on the goals agreed for the period.',
    strongExamples: [
      'Met the quarter’s agreed goals and shows the next level’s scope on one dimension with dated evidence.',
      'Acted on earlier feedback: the follow-up check-in records the change.',
    ],
    needsSupportExamples: [
      'Goals agreed at the start of the period have no evidence by its end.',
      'The same feedback appears in two consecutive check-ins without a change.',
    ],
    exceedsExamples: [
      'Shows the next level’s expectations on most dimensions, with dated evidence from at least two quarters.',
      'Took on a goal beyond the agreed ones, finished it, and wrote up what they learned for the team.',
    ],
  },
};

export const defaultRubricId = 'engineering';

/** The default rubric as a draft (version 1, unpublished): publishing it is a separate, audited step. */
export function defaultRubric(): Rubric {
  return {
    id: defaultRubricId,
    version: 1,
    name: 'Engineering review signals',
    signals: defaultSignalIds.map((id) => ({ id, ...signals[id], strongExamples: [...signals[id].strongExamples], needsSupportExamples: [...signals[id].needsSupportExamples], exceedsExamples: [...(signals[id].exceedsExamples ?? [])] })),
    scale: [...defaultScale],
    publishedAt: null,
  };
}
