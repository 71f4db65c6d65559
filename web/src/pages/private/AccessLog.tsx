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
import { Table } from '../../components/Table';

const limit = 20;

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
              <Table caption="Views and changes of your records, newest first">
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Who</th>
                    <th scope="col">What</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((entry, i) => (
                    <tr key={`${entry.at}-${i}`}>
                      <td>{formatTime(entry.at)}</td>
                      <td>
                        {entry.actor.name} <span className="muted">{entry.actor.email}</span>
                      </td>
                      <td>
                        {entry.summary}
                        {entry.detail && <div className="muted">{entry.detail}</div>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <Pager noun="entries" total={total} limit={limit} offset={offset} onOffset={setOffset} />
            </>
          )
        }
      </Async>
    </section>
  );
}
