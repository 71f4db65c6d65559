/**
 * `/cycles/:id/compensation`: the compensation view of a cycle, for compensation reviewers and
 * people partners — each person's proposal (free-form fields such as a proposed band) with an
 * edit form. Compensation is kept apart from growth: the API this page reads carries names and
 * fields only — no ratings, evidence or growth notes — and the manager line gets the server's
 * 403, shown in words. Nobody edits their own row.
 */
import { useState } from 'react';
import { api } from '../../api/client';
import { Async } from '../../components/Async';
import { PageHeader } from '../../components/PageHeader';
import { Empty } from '../../components/States';
import { Table } from '../../components/Table';
import { formatDateTime } from '../../format';
import { useApi } from '../../hooks/useApi';
import { Link } from '../../router/Link';
import { CompensationForm } from './CompensationForm';
import { LeftOut } from './LeftOut';
import { showValue, type CompensationRow } from './compensation-fields';
import { reviewPaths } from './types';

export function CompensationPage({ cycleId }: { cycleId: string }) {
  const rows = useApi(`comp-${cycleId}`, (signal) => api('GET /api/cycles/{id}/compensation', { params: { id: cycleId }, signal }));
  // The cycle's name from the list of cycles, which carries no participants or ratings.
  const cycles = useApi('cycles', (signal) => api('GET /api/cycles', { signal }));
  const name = cycles.status === 'ok' ? cycles.data.items.find((c) => c.id === cycleId)?.name : undefined;
  const title = `Compensation${name ? ` — ${name}` : ''}`;
  // Team names for the rows, which carry the team's id ("platform"); the team list holds nothing about people.
  const teams = useApi('teams', (signal) => api('GET /api/teams', { query: { limit: 500 }, signal }));
  const teamNames = new Map(teams.status === 'ok' ? teams.data.items.map((t) => [t.id, t.name] as const) : []);
  return (
    <Async pageTitle="Compensation" result={rows} label="compensation proposals" notFound="This cycle">
      {(data) => (
        <>
          <PageHeader title={title}>
            <p className="notice" role="note">
              Compensation is kept apart from growth: this view holds no ratings, evidence or growth notes, and every view of a proposal is recorded in that person’s access log.
            </p>
            <p className="lead">
              <Link to={reviewPaths.cycle(cycleId)}>Back to the cycle</Link>
            </p>
          </PageHeader>
          <LeftOut people={data.leftOut} />
          <Proposals cycleId={cycleId} rows={data.items} teamNames={teamNames} onChanged={rows.retry} />
        </>
      )}
    </Async>
  );
}

function Proposals({ cycleId, rows, teamNames, onChanged }: { cycleId: string; rows: readonly CompensationRow[]; teamNames: ReadonlyMap<string, string>; onChanged: () => void }) {
  const [editing, setEditing] = useState<string | null>(null);
  if (rows.length === 0) return <Empty>Nobody is in this cycle.</Empty>;
  const row = rows.find((r) => r.person.id === editing);
  return (
    <section className="panel" aria-labelledby="proposals-title">
      <h2 id="proposals-title">Proposals</h2>
      <Table caption="Compensation proposals in this cycle">
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Team</th>
            <th scope="col">Proposal</th>
            <th scope="col">Last changed</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.person.id} data-person={r.person.id}>
              <th scope="row">{r.person.name}</th>
              <td>{r.person.team === null ? '—' : (teamNames.get(r.person.team) ?? r.person.team)}</td>
              <td className="comp-fields">
                {r.compensation && Object.keys(r.compensation.fields).length > 0 ? (
                  <dl>
                    {Object.entries(r.compensation.fields).map(([k, v]) => (
                      <div key={k}>
                        <dt>{k}</dt>
                        <dd>{showValue(v) || '—'}</dd>
                      </div>
                    ))}
                  </dl>
                ) : (
                  <span className="muted">No proposal yet</span>
                )}
              </td>
              <td>{r.compensation ? formatDateTime(r.compensation.updatedAt) : '—'}</td>
              <td>
                {r.mayEdit ? (
                  <button type="button" className="button button-quiet" onClick={() => setEditing(r.person.id)}>
                    Edit<span className="visually-hidden"> {r.person.name}’s proposal</span>
                  </button>
                ) : (
                  <span className="muted">Your own: someone else sets it</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      {row && (
        <CompensationForm
          key={row.person.id}
          cycleId={cycleId}
          row={row}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            onChanged();
          }}
        />
      )}
    </section>
  );
}
