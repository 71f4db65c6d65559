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
import { DataTable, type Column } from '../../components/Table';
import type { Schemas } from '../../api/openapi.gen';
import { BudgetPanel } from './BudgetPanel';
import { money } from './BandsTable';
import { formatTime } from '../../format';
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
              Compensation is kept apart from growth: this view holds no evidence or growth notes, rating values only once calibration is done, and every view is recorded in the access log of each person shown.
            </p>
            <p className="lead">
              <Link to={reviewPaths.cycle(cycleId)}>Back to the cycle</Link> · <Link to="/compensation/bands">Band table</Link> ·{' '}
              <a href={`/api/cycles/${encodeURIComponent(cycleId)}/compensation/export`} download>
                Export as CSV
              </a>
            </p>
          </PageHeader>
          <LeftOut people={data.leftOut} />
          <BudgetPanel cycleId={cycleId} data={data} onChanged={rows.retry} />
          <Proposals cycleId={cycleId} rows={data.items} teamNames={teamNames} onChanged={rows.retry} />
        </>
      )}
    </Async>
  );
}

type CompensationList = Schemas['CompensationRow'][];

function Proposals({ cycleId, rows, teamNames, onChanged }: { cycleId: string; rows: CompensationList; teamNames: ReadonlyMap<string, string>; onChanged: () => void }) {
  const [editing, setEditing] = useState<string | null>(null);
  if (rows.length === 0) return <Empty>Nobody is in this cycle.</Empty>;
  const row = rows.find((r) => r.person.id === editing);
  const columns: Column<CompensationRow>[] = [
    { key: 'person', header: 'Person', rowHeader: true, sortBy: (r) => r.person.name, cell: (r) => r.person.name },
    { key: 'team', header: 'Team', sortBy: (r) => r.person.team, cell: (r) => (r.person.team === null ? '—' : (teamNames.get(r.person.team) ?? r.person.team)) },
    { key: 'level', header: 'Level', sortBy: (r) => r.person.level, cell: (r) => [r.person.level, r.person.track].filter(Boolean).join(' · ') || '—' },
    { key: 'band', header: 'Band (min – mid – max)', sortBy: (r) => r.band?.mid ?? null, cell: (r) => (r.band ? `${r.band.currency} ${money(r.band.min)} – ${money(r.band.mid)} – ${money(r.band.max)}` : <span className="muted">No band</span>) },
    {
      key: 'ratings',
      header: 'Calibrated ratings',
      cell: (r) =>
        r.ratings === null ? (
          <span className="muted">After calibration</span>
        ) : r.ratings.length === 0 ? (
          '—'
        ) : (
          <ul className="plain-list">
            {r.ratings.map((x) => (
              <li key={x.signal}>
                {x.signal}: {x.value}
              </li>
            ))}
          </ul>
        ),
    },
    {
      key: 'proposal',
      header: 'Proposal',
      className: 'comp-fields',
      cell: (r) =>
        r.compensation && Object.keys(r.compensation.fields).length > 0 ? (
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
        ),
    },
    { key: 'changed', header: 'Last changed', sortBy: (r) => r.compensation?.updatedAt ?? null, cell: (r) => (r.compensation ? formatTime(r.compensation.updatedAt) : '—') },
    {
      key: 'actions',
      header: 'Actions',
      cell: (r) =>
        r.mayEdit ? (
          <button type="button" className="button button-quiet" onClick={() => setEditing(r.person.id)}>
            Edit<span className="visually-hidden"> {r.person.name}’s proposal</span>
          </button>
        ) : (
          <span className="muted">Your own: someone else sets it</span>
        ),
    },
  ];
  return (
    <section className="panel" aria-labelledby="proposals-title">
      <h2 id="proposals-title">Proposals</h2>
      <DataTable caption="Compensation proposals in this cycle" columns={columns} rows={rows} rowKey={(r) => r.person.id} initialSort={{ key: 'person', dir: 'ascending' }} />
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
