/**
 * The two tables of the private page. Times are shown in the *person's* time zone, named on each
 * value, with their working hours: a page at 03:10 for them is what matters for sustainable
 * on-call, whatever the viewer's own clock says. Without a known zone, the viewer's is used and
 * the caption says so.
 */
import type { PrivateRecords } from '../../api/operations';
import { Empty } from '../../components/States';
import { formatTime, knownZone, outsideWorkingHours, zoneLabel } from '../../format';
import { DataTable, type Column } from '../../components/Table';

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
        <DataTable
          caption={`On-call shifts in the last 90 days (${whoseClock(person)})`}
          rows={shifts}
          rowKey={(shift) => shift.id}
          columns={[
            { key: 'start', header: 'Start', cell: (shift) => formatTime(shift.start, person.timeZone), sortBy: (shift) => shift.start },
            { key: 'end', header: 'End', cell: (shift) => formatTime(shift.end, person.timeZone), sortBy: (shift) => shift.end },
            { key: 'schedule', header: 'Schedule', cell: (shift) => shift.schedule ?? '—', sortBy: (shift) => shift.schedule },
          ]}
        />
      )}
    </section>
  );
}

function yesNo(value: boolean | null): string {
  return value === null ? '—' : value ? 'Yes' : 'No';
}

type Page = PrivateRecords['pages'][number];

function pageColumns(person: Person, hoursKnown: boolean): Column<Page>[] {
  const at = (iso: string | null) => formatTime(iso, person.timeZone);
  return [
    { key: 'when', header: 'When', cell: (p) => at(p.at), sortBy: (p) => p.at },
    ...(hoursKnown ? [{ key: 'outside', header: 'Outside working hours', cell: (p: Page) => yesNo(outsideWorkingHours(p.at, person.workingHours, person.timeZone)) }] : []),
    { key: 'service', header: 'Service', cell: (p) => p.service ?? '—', sortBy: (p) => p.service },
    { key: 'urgency', header: 'Urgency', cell: (p) => p.urgency ?? '—' },
    { key: 'actionable', header: 'Actionable', cell: (p) => yesNo(p.actionable) },
    { key: 'acknowledged', header: 'Acknowledged', cell: (p) => at(p.acknowledgedAt) },
    { key: 'resolved', header: 'Resolved', cell: (p) => at(p.resolvedAt) },
  ];
}

export function PagesTable({ pages, person }: { pages: PrivateRecords['pages']; person: Person }) {
  const hoursKnown = Boolean(person.workingHours && knownZone(person.timeZone));
  return (
    <section className="panel" aria-labelledby="pages-title">
      <h2 id="pages-title">Pages</h2>
      {pages.length === 0 ? (
        <Empty>No pages in the last 90 days.</Empty>
      ) : (
        <DataTable caption={`Pages received in the last 90 days (${whoseClock(person)})`} rows={pages} rowKey={(page) => page.id} columns={pageColumns(person, hoursKnown)} />
      )}
    </section>
  );
}
