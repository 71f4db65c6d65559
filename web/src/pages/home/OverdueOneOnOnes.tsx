/** The home page's overdue 1:1s: the manager's direct reports with no 1:1 within cadence + grace. */
import type { Schemas } from '../../api/openapi.gen';
import { DataTable } from '../../components/Table';
import { formatDate } from '../../format';
import { Link } from '../../router/Link';
import { cadenceStateText, cadenceText } from '../one-on-ones/cadence';
import { oneOnOnePaths } from '../one-on-ones/paths';

type Row = Schemas['ReportCadence'];

export function OverdueOneOnOnes({ rows }: { rows: Row[] }) {
  if (rows.length === 0) return null;
  return (
    <div>
      <h3>1:1s overdue</h3>
      <DataTable
        caption={`${rows.length} of your 1:1s are overdue`}
        columns={[
          { key: 'name', header: 'Person', rowHeader: true, cell: (r) => <Link to={oneOnOnePaths.pair(r.id)}>{r.name}</Link>, sortBy: (r) => r.name },
          { key: 'cadence', header: 'Cadence', cell: (r) => cadenceText(r.cadenceDays) },
          { key: 'last', header: 'Last 1:1', cell: (r) => (r.lastHeldOn ? formatDate(r.lastHeldOn) : '—'), sortBy: (r) => r.lastHeldOn },
          { key: 'state', header: 'State', cell: (r) => cadenceStateText(r), sortBy: (r) => r.daysOverdue },
        ]}
        rows={rows}
        rowKey={(r) => r.id}
      />
      <p>
        <Link to={oneOnOnePaths.list}>All your 1:1s</Link>
      </p>
    </div>
  );
}
