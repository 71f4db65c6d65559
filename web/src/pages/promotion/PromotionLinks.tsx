/** On a cycle's page: the way to one's own promotion case, and for the committee, to its view. */
import { useAccount } from '../../auth/auth-context';
import { Link } from '../../router/Link';
import type { CycleView } from '../reviews/types';
import { promotionPaths } from './types';

export function PromotionLinks({ cycle }: { cycle: CycleView['cycle'] }) {
  const account = useAccount();
  if (cycle.kind === 'check-in') return null;
  const committee = account.roles.includes('calibrator') || account.roles.includes('people-partner');
  if (account.personId === null && !committee) return null;
  return (
    <p className="toolbar">
      {account.personId !== null && <Link to={promotionPaths.case(cycle.id, account.personId)}>My promotion case</Link>}
      {committee && <Link to={promotionPaths.committee(cycle.id)}>Promotion committee</Link>}
    </p>
  );
}
