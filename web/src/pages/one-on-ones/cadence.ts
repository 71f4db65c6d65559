/** A pair's cadence state in words, the same on the list, the home page and the pair's page. */
import type { Schemas } from '../../api/openapi.gen';
import { formatDate, plural } from '../../format';

type State = Pick<Schemas['ReportCadence'], 'lastHeldOn' | 'dueOn' | 'overdue' | 'daysOverdue'>;

export function cadenceStateText(s: State): string {
  if (s.lastHeldOn === null) return 'No 1:1 recorded yet';
  if (s.overdue) return `Overdue by ${plural(s.daysOverdue, 'day')} (due ${formatDate(s.dueOn)})`;
  return `Next due ${formatDate(s.dueOn)}`;
}

export const cadenceText = (days: number): string => (days % 7 === 0 ? `Every ${days === 7 ? 'week' : `${days / 7} weeks`}` : `Every ${plural(days, 'day')}`);
