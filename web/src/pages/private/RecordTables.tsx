/**
 * The two tables of the private page. Times are shown in the *person's* time zone, named on each
 * value, with their working hours: a page at 03:10 for them is what matters for sustainable
 * on-call, whatever the viewer's own clock says. Without a known zone, the viewer's is used and
 * the caption says so.
 */
import type { PrivateRecords } from '../../api/operations';
import { Empty } from '../../components/States';
import { formatTime, knownZone, outsideWorkingHours, zoneLabel } from '../../format';
import { Table } from '../../components/Table';

type Person = PrivateRecords['person'];

/** "times in Europe/London, Amara's time zone; working hours 09:00–17:00". */
function whoseClock(person: Person): string {
  const zone = knownZone(person.timeZone);
  const hours = person.workingHours ? `; working hours ${person.workingHours.replace('-', '–')}` : '';
  return zone ? `times in ${zone}, ${person.name}'s time zone${hours}` : `times in your time zone (${zoneLabel(null)}): ${person.name} has no time zone set`;
}

export function ShiftsTable({ shifts, person }: { shifts: PrivateRecords['oncallShifts']; person: Person }) {
  return (
    <section className="panel" aria-labelledby="shifts-title">
      <h2 id="shifts-title">On-call shifts</h2>
      {shifts.length === 0 ? (
        <Empty>No on-call shifts in the last 90 days.</Empty>
      ) : (
        <Table caption={`On-call shifts in the last 90 days (${whoseClock(person)})`}>
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
                <td>{formatTime(shift.start, person.timeZone)}</td>
                <td>{formatTime(shift.end, person.timeZone)}</td>
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

export function PagesTable({ pages, person }: { pages: PrivateRecords['pages']; person: Person }) {
  const hoursKnown = Boolean(person.workingHours && knownZone(person.timeZone));
  return (
    <section className="panel" aria-labelledby="pages-title">
      <h2 id="pages-title">Pages</h2>
      {pages.length === 0 ? (
        <Empty>No pages in the last 90 days.</Empty>
      ) : (
        <Table caption={`Pages received in the last 90 days (${whoseClock(person)})`}>
          <thead>
            <tr>
              <th scope="col">When</th>
              {hoursKnown && <th scope="col">Outside working hours</th>}
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
                <td>{formatTime(page.at, person.timeZone)}</td>
                {hoursKnown && <td>{yesNo(outsideWorkingHours(page.at, person.workingHours, person.timeZone))}</td>}
                <td>{page.service ?? '—'}</td>
                <td>{page.urgency ?? '—'}</td>
                <td>{yesNo(page.actionable)}</td>
                <td>{formatTime(page.acknowledgedAt, person.timeZone)}</td>
                <td>{formatTime(page.resolvedAt, person.timeZone)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
