/**
 * "Who has viewed my records": the person's own view of the audit entries about them, so
 * access to private records is never invisible to the one it concerns.
 */
import { useState } from 'react';
import { api } from '../../api/client';
import { Async } from '../../components/Async';
import { Pager } from '../../components/Pager';
import { Empty } from '../../components/States';
import { formatTime } from '../../format';
import { useApi } from '../../hooks/useApi';
import { DataTable } from '../../components/Table';
import { entryColumns, entryRows } from '../audit/entry-columns';

const limit = 20;

// The viewer's own clock: this is their own log.
const accessColumns = entryColumns((iso: string) => formatTime(iso));

export function AccessLog({ personId }: { personId: string }) {
  const [offset, setOffset] = useState(0);
  const log = useApi(`${personId}|${offset}`, (signal) => api('GET /api/people/{id}/access-log', { params: { id: personId }, query: { limit, offset }, signal }));
  return (
    <section className="panel" aria-labelledby="access-log-title">
      <h2 id="access-log-title">Who has viewed my records</h2>
      <Async result={log} label="who has viewed your records">
        {({ items, total }) =>
          items.length === 0 ? (
            <Empty>Nobody has viewed your private records yet.</Empty>
          ) : (
            <>
              <DataTable caption="Views and changes of your records, newest first" columns={accessColumns} rows={entryRows(items, offset)} rowKey={(r) => r.key} />
              <Pager noun="entries" total={total} limit={limit} offset={offset} onOffset={setOffset} />
            </>
          )
        }
      </Async>
    </section>
  );
}
