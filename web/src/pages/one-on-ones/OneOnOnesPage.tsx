/**
 * `/one-on-ones`: a manager's direct reports, each with the cadence of their 1:1s, when the last
 * one was held and whether the next is overdue — overdue pairs first, so the list says where to
 * start. A reader without reports is told so.
 */
import { api } from '../../api/client';
import type { Schemas } from '../../api/openapi.gen';
import { Async } from '../../components/Async';
import { PageHeader } from '../../components/PageHeader';
import { Empty } from '../../components/States';
import { DataTable, type Column } from '../../components/Table';
import { formatDate } from '../../format';
import { useApi } from '../../hooks/useApi';
import { Link } from '../../router/Link';
import { cadenceStateText, cadenceText } from './cadence';
import { oneOnOnePaths } from './paths';

type Row = Schemas['ReportCadence'];

const columns: Column<Row>[] = [
  { key: 'name', header: 'Person', rowHeader: true, cell: (r) => <Link to={oneOnOnePaths.pair(r.id)}>{r.name}</Link>, sortBy: (r) => r.name },
  { key: 'cadence', header: 'Cadence', cell: (r) => cadenceText(r.cadenceDays), sortBy: (r) => r.cadenceDays },
  { key: 'last', header: 'Last 1:1', cell: (r) => (r.lastHeldOn ? formatDate(r.lastHeldOn) : '—'), sortBy: (r) => r.lastHeldOn },
  { key: 'state', header: 'Next 1:1', cell: (r) => <span className={r.overdue ? 'tag tag-warn' : undefined}>{cadenceStateText(r)}</span>, sortBy: (r) => (r.overdue ? -r.daysOverdue - 1 : 0) },
  { key: 'actions', header: 'Open action items', cell: (r) => r.openActions, sortBy: (r) => r.openActions },
  { key: 'plans', header: 'Support plans', cell: (r) => <Link to={oneOnOnePaths.supportPlans(r.id)}>Support plans of {r.name}</Link> },
];

export function OneOnOnesPage() {
  const result = useApi('one-on-ones', (signal) => api('GET /api/one-on-ones', { signal }));
  return (
    <>
      <PageHeader title="1:1s" lead="Your direct reports and how often you meet. A 1:1 is overdue when none was held within its cadence plus three days." />
      <Async result={result} label="your reports' 1:1s">
        {({ items }) => {
          const overdue = items.filter((r) => r.overdue).length;
          return items.length === 0 ? (
            <Empty>You have no direct reports in the organisation records, so there are no 1:1s to hold.</Empty>
          ) : (
            <>
              <p className={overdue > 0 ? 'notice' : 'muted'}>{overdue > 0 ? `${overdue} of ${items.length} 1:1s are overdue.` : `All ${items.length} 1:1s are on cadence.`}</p>
              <DataTable caption="Your direct reports' 1:1s, overdue first" columns={columns} rows={items} rowKey={(r) => r.id} />
            </>
          );
        }}
      </Async>
    </>
  );
}
