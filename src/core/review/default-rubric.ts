/**
 * The article's five review signals, with definitions and observable examples of "strong" and
 * "needs support". Examples name artefacts and behaviours a reviewer can point at — never
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
  },
};

export const defaultRubricId = 'engineering';

/** The default rubric as a draft (version 1, unpublished): publishing it is a separate, audited step. */
export function defaultRubric(): Rubric {
  return {
    id: defaultRubricId,
    version: 1,
    name: 'Engineering review signals',
    signals: defaultSignalIds.map((id) => ({ id, ...signals[id], strongExamples: [...signals[id].strongExamples], needsSupportExamples: [...signals[id].needsSupportExamples] })),
    scale: [...defaultScale],
    publishedAt: null,
  };
}
