/** How far a cycle is across everyone it covers: self reviews, manager reviews and fully rated people, each "n of N (p%)". */
import { Facts } from '../../components/Facts';
import type { CycleView } from './types';

const share = (n: number, of: number) => `${n} of ${of}${of > 0 ? ` (${Math.round((100 * n) / of)}%)` : ''}`;

export function Completion({ completion, rubric }: { completion: NonNullable<CycleView['completion']>; rubric: CycleView['rubric'] }) {
  const c = completion;
  return (
    <div data-testid="completion">
      <Facts
        items={[
          ['People in the cycle', String(c.participants)],
          ['Self reviews written', share(c.selfReviews, c.participants)],
          ['Manager reviews written', share(c.managerReviews, c.participants)],
          ...(rubric ? ([['Every signal rated', share(c.fullyRated, c.participants)]] as [string, string][]) : []),
        ]}
      />
    </div>
  );
}
