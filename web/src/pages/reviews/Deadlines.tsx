/**
 * A cycle's deadlines in words: "self reviews 14 Nov 2025 · manager reviews 28 Nov 2025 · …",
 * the step the cycle is on in bold, steps without a deadline left out.
 */
import { Fragment } from 'react';
import { formatDate } from '../../format';
import type { ReviewCycle } from './types';

type Step = keyof ReviewCycle['deadlines'];
export const deadlineSteps: { step: Step; name: string }[] = [
  { step: 'selfReview', name: 'Self reviews' },
  { step: 'managerReview', name: 'Manager reviews' },
  { step: 'calibration', name: 'Calibration' },
  { step: 'sharing', name: 'Sharing' },
];

/** The step whose deadline counts while the cycle is in `state`. */
export function currentStep(state: ReviewCycle['state']): Step | null {
  if (state === 'published' || state === 'writing') return 'selfReview';
  if (state === 'calibrating') return 'calibration';
  if (state === 'finalized') return 'sharing';
  return null;
}

export function Deadlines({ cycle }: { cycle: ReviewCycle }) {
  const set = deadlineSteps.filter(({ step }) => cycle.deadlines[step] !== null);
  if (set.length === 0) return <>None set</>;
  const now = currentStep(cycle.state);
  return (
    <span className="deadlines">
      {set.map(({ step, name }, i) => (
        <Fragment key={step}>
          {i > 0 && ' · '}
          {step === now || (now === 'selfReview' && step === 'managerReview') ? (
            <strong>
              {name} {formatDate(cycle.deadlines[step])}
            </strong>
          ) : (
            `${name} ${formatDate(cycle.deadlines[step])}`
          )}
        </Fragment>
      ))}
    </span>
  );
}
