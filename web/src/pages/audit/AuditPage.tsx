/**
 * `/audit` (admins): every recorded read of private records and every change, newest first, in
 * words ("Viewed compensation of 64 people in “Annual review 2026”"), filtered by person, actor,
 * action and dates, paged, and exported as CSV with the same filters. The filters live in the
 * address, so a filtered view can be sent to someone. The server enforces who may see it.
 */
import { api } from '../../api/client';
import type { Schemas } from '../../api/openapi.gen';
import { Async } from '../../components/Async';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { Empty } from '../../components/States';
import { DataTable, type Column } from '../../components/Table';
import { formatDateTime, viewerTimeZone } from '../../format';
import { useApi } from '../../hooks/useApi';
import { paths } from '../../paths';
import { Link } from '../../router/Link';
import { navigate, useLocation, withQuery } from '../../router/location';
import { entryColumns, entryRows, type EntryRow } from './entry-columns';
import { AuditFilters, auditFilterKeys, type AuditFilterValues } from './AuditFilters';

const limit = 50;

type AuditItem = Schemas['AuditItem'];

// Newest first, as the server pages them; no sortable headers (sorting one page would mislead).
const auditColumns: Column<EntryRow<AuditItem>>[] = [
  ...entryColumns<AuditItem>(formatDateTime, (e) => e.subjects.length <= 1),
  { key: 'about', header: 'About', cell: ({ entry }) => <About entry={entry} /> },
];

export function AuditPage() {
  const location = useLocation();
  const offset = Number(location.query.get('offset') ?? 0) || 0;
  const filter = Object.fromEntries(auditFilterKeys.map((k) => [k, location.query.get(k) ?? ''])) as AuditFilterValues;
  const query = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== '')) as Partial<AuditFilterValues>;
  const log = useApi(`${offset}|${JSON.stringify(query)}`, (signal) => api('GET /api/audit', { query: { limit, offset, ...query }, signal }));
  const exportHref = `/api/audit/export${Object.keys(query).length > 0 ? `?${new URLSearchParams(query).toString()}` : ''}`;
  return (
    <>
      <PageHeader title="Audit log" lead="Every view of private records and every change, newest first." />
      <AuditFilters values={filter} actions={log.status === 'ok' ? log.data.actions : []} onApply={(v) => navigate(withQuery(location, { ...v, offset: undefined }))} />
      <p className="toolbar">
        <a className="button button-quiet" href={exportHref} download>
          Export these entries as CSV
        </a>
      </p>
      <Async result={log} label="the audit log">
        {({ items, total }) =>
          items.length === 0 ? (
            <Empty>{Object.keys(query).length > 0 ? 'No entries match these filters.' : 'Nothing has been recorded yet.'}</Empty>
          ) : (
            <>
              <DataTable caption={`Audit entries (times in ${viewerTimeZone()})`} columns={auditColumns} rows={entryRows(items, offset)} rowKey={(r) => r.key} />
              <Pager noun="entries" total={total} limit={limit} offset={offset} onOffset={(o) => navigate(withQuery(location, { offset: o }))} />
            </>
          )
        }
      </Async>
    </>
  );
}

/** Whose records an entry is about: one person, or the people a list read named (folded away when many). */
function About({ entry }: { entry: AuditItem }) {
  const subjects = entry.subjects.length > 0 ? entry.subjects : entry.subjectPerson === null ? [] : [{ id: entry.subjectPerson, name: entry.subjectName }];
  if (subjects.length === 0) return <>—</>;
  if (subjects.length === 1) return <Subject id={subjects[0]!.id} name={subjects[0]!.name} />;
  return (
    <details>
      <summary>{subjects.length} people</summary>
      <ul className="plain-list">
        {subjects.map((s) => (
          <li key={s.id}>
            <Subject id={s.id} name={s.name} />
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * A person an entry is about: their name, linked to their profile; the bare id when the
 * directory no longer knows the person (records outlive people), so nothing links to a 404.
 */
function Subject({ id, name }: { id: string; name: string | null }) {
  if (name === null) return <span className="muted">{id}</span>;
  return <Link to={paths.person(id)}>{name}</Link>;
}
