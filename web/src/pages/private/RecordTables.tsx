/** The two tables of the private page; times in the viewer's zone, named in the caption. */
import type { PrivateRecords } from '../../api/operations';
import { Empty } from '../../components/States';
import { formatDateTime, viewerTimeZone } from '../../format';
import { Table } from '../../components/Table';

export function ShiftsTable({ shifts }: { shifts: PrivateRecords['oncallShifts'] }) {
  return (
    <section className="panel" aria-labelledby="shifts-title">
      <h2 id="shifts-title">On-call shifts</h2>
      {shifts.length === 0 ? (
        <Empty>No on-call shifts in the last 90 days.</Empty>
      ) : (
        <Table caption={`On-call shifts in the last 90 days (times in ${viewerTimeZone()})`}>
          <thead>
            <tr>
              <th scope="col">Start</th>
              <th scope="col">End</th>
              <th scope="col">Schedule</th>
            </tr>
          </thead>
          <tbody>
            {shifts.map((shift) => (
              <tr key={shift.id}>
                <td>{formatDateTime(shift.start)}</td>
                <td>{formatDateTime(shift.end)}</td>
                <td>{shift.schedule ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

function yesNo(value: boolean | null): string {
  return value === null ? '—' : value ? 'Yes' : 'No';
}

export function PagesTable({ pages }: { pages: PrivateRecords['pages'] }) {
  return (
    <section className="panel" aria-labelledby="pages-title">
      <h2 id="pages-title">Pages</h2>
      {pages.length === 0 ? (
        <Empty>No pages in the last 90 days.</Empty>
      ) : (
        <Table caption={`Pages received in the last 90 days (times in ${viewerTimeZone()})`}>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Service</th>
              <th scope="col">Urgency</th>
              <th scope="col">Actionable</th>
              <th scope="col">Acknowledged</th>
              <th scope="col">Resolved</th>
            </tr>
          </thead>
          <tbody>
            {pages.map((page) => (
              <tr key={page.id}>
                <td>{formatDateTime(page.at)}</td>
                <td>{page.service ?? '—'}</td>
                <td>{page.urgency ?? '—'}</td>
                <td>{yesNo(page.actionable)}</td>
                <td>{formatDateTime(page.acknowledgedAt)}</td>
                <td>{formatDateTime(page.resolvedAt)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
