/**
 * The cycle's participants as a table a people partner can work from: one column per step (self
 * review, manager review, ratings, calibration, sharing), the no-surprises flag, filters by team,
 * manager, step and flag, sortable columns, and a CSV of the same. Everything comes from the
 * server (presence and counts, never content); the flags come from the cycle's flag list, only
 * read here, for readers the server gives them to.
 */
import { useId, useState } from 'react';
import { api } from '../../api/client';
import { useAccount } from '../../auth/auth-context';
import { SelectField } from '../../components/Fields';
import { Empty } from '../../components/States';
import { DataTable, type Column } from '../../components/Table';
import { useApi } from '../../hooks/useApi';
import { Link } from '../../router/Link';
import { reviewPaths, type CycleView } from './types';

type Participant = CycleView['participants'][number];

const steps = ['self review due', 'manager review due', 'ratings due', 'written', 'calibrated', 'shared'] as const;
type Step = (typeof steps)[number];

/** The first step not done yet, as far as the reader may know; the cycle's own state once writing is over. */
export function stepOf(p: Participant, view: CycleView): Step | null {
  if (view.cycle.state === 'shared') return 'shared';
  if (view.cycle.state === 'finalized') return 'calibrated';
  if (p.progress.selfReview === false) return 'self review due';
  if (p.progress.managerReview === false) return 'manager review due';
  if (p.ratings !== null && view.rubric && p.ratings < view.rubric.signals.length) return 'ratings due';
  if (p.progress.selfReview === null && p.ratings === null) return null;
  return 'written';
}

const written = (v: boolean | null) => (v === null ? '—' : v ? 'Written' : 'Not yet');

export function ParticipantsTable({ view }: { view: CycleView }) {
  const id = useId();
  const account = useAccount();
  const { cycle, rubric, participants } = view;
  const [filter, setFilter] = useState({ team: '', manager: '', step: '', flag: '' });
  const teams = useApi('teams', (signal) => api('GET /api/teams', { query: { limit: 500 }, signal }));
  const people = useApi('people-all', (signal) => api('GET /api/people', { query: { limit: 500 }, signal }));
  // The no-surprises flags are the calibration's: read (never computed) here, for those the server shows them to.
  const mayFlags = account.roles.some((r) => r === 'calibrator' || r === 'people-partner' || r === 'manager');
  const flags = useApi(`flags-${cycle.id}-${mayFlags}`, (signal) => (mayFlags ? api('GET /api/cycles/{id}/flags', { params: { id: cycle.id }, signal }) : Promise.resolve({ items: [] })));
  const flagCount = new Map<string, number>();
  if (flags.status === 'ok') for (const f of flags.data.items) flagCount.set(f.person, (flagCount.get(f.person) ?? 0) + 1);
  const teamName = (t: string | null) => (t === null ? '—' : teams.status === 'ok' ? (teams.data.items.find((x) => x.id === t)?.name ?? t) : t);
  const personName = (p: string | null) => (p === null ? '—' : people.status === 'ok' ? (people.data.items.find((x) => x.id === p)?.name ?? p) : p);
  const flagsKnown = mayFlags && flags.status === 'ok';

  const shown = participants.filter(
    (p) =>
      (filter.team === '' || p.team === filter.team) &&
      (filter.manager === '' || p.manager === filter.manager) &&
      (filter.step === '' || stepOf(p, view) === filter.step) &&
      (filter.flag === '' || (filter.flag === 'flagged') === (flagCount.get(p.id) ?? 0) > 0),
  );
  const signals = rubric?.signals.length ?? 0;
  const columns: Column<Participant>[] = [
    { key: 'person', header: 'Person', rowHeader: true, sortBy: (p) => p.name, cell: (p) => (p.mayOpen.ratings ? <Link to={reviewPaths.ratings(cycle.id, p.id)}>{p.name}</Link> : p.name) },
    { key: 'team', header: 'Team', sortBy: (p) => teamName(p.team), cell: (p) => teamName(p.team) },
    { key: 'manager', header: 'Manager', sortBy: (p) => personName(p.manager), cell: (p) => personName(p.manager) },
    { key: 'self', header: 'Self review', sortBy: (p) => (p.progress.selfReview === null ? null : Number(p.progress.selfReview)), cell: (p) => written(p.progress.selfReview) },
    { key: 'manager-review', header: 'Manager review', sortBy: (p) => (p.progress.managerReview === null ? null : Number(p.progress.managerReview)), cell: (p) => written(p.progress.managerReview) },
    { key: 'ratings', header: 'Signals rated', sortBy: (p) => p.ratings, cell: (p) => (p.ratings === null ? '—' : rubric ? `${p.ratings} of ${signals}` : String(p.ratings)) },
    { key: 'calibration', header: 'Calibration changes', sortBy: (p) => p.progress.calibrationChanges, cell: (p) => (p.progress.calibrationChanges === null ? '—' : String(p.progress.calibrationChanges)) },
    { key: 'shared', header: 'Shared', cell: () => (cycle.state === 'shared' ? 'Shared' : 'Not yet') },
    {
      key: 'flag',
      header: 'No-surprises flag',
      sortBy: (p) => (flagsKnown ? (flagCount.get(p.id) ?? 0) : null),
      cell: (p) => (!flagsKnown ? '—' : (flagCount.get(p.id) ?? 0) > 0 ? <span className="tag tag-warn">{flagCount.get(p.id)} flagged</span> : 'None'),
    },
    { key: 'packet', header: 'Packet', cell: (p) => (p.mayOpen.packet ? <Link to={reviewPaths.packet(cycle.id, p.id)}>Review packet<span className="visually-hidden"> of {p.name}</span></Link> : '—') },
  ];
  const teamIds = [...new Set(participants.flatMap((p) => (p.team ? [p.team] : [])))];
  const managerIds = [...new Set(participants.flatMap((p) => (p.manager ? [p.manager] : [])))];
  const set = (k: keyof typeof filter) => (v: string) => setFilter({ ...filter, [k]: v });
  return (
    <>
      <div className="filters" role="group" aria-label="Filter participants">
        <SelectField id={`${id}-team`} label="Team" value={filter.team} placeholder="All teams" options={teamIds.map((t) => ({ value: t, label: teamName(t) })).sort((a, b) => a.label.localeCompare(b.label))} onChange={set('team')} />
        <SelectField id={`${id}-manager`} label="Manager" value={filter.manager} placeholder="All managers" options={managerIds.map((m) => ({ value: m, label: personName(m) })).sort((a, b) => a.label.localeCompare(b.label))} onChange={set('manager')} />
        <SelectField id={`${id}-step`} label="Step" value={filter.step} placeholder="Any step" options={steps.map((s) => ({ value: s, label: s[0]!.toUpperCase() + s.slice(1) }))} onChange={set('step')} />
        {flagsKnown && (
          <SelectField
            id={`${id}-flag`}
            label="No-surprises flag"
            value={filter.flag}
            placeholder="Flagged or not"
            options={[
              { value: 'flagged', label: 'Flagged' },
              { value: 'none', label: 'Not flagged' },
            ]}
            onChange={set('flag')}
          />
        )}
        <a className="button button-quiet" href={`/api/cycles/${encodeURIComponent(cycle.id)}/participants/export`} download>
          Export as CSV
        </a>
      </div>
      {shown.length === 0 ? (
        <Empty>Nobody matches these filters.</Empty>
      ) : (
        <DataTable caption={`${shown.length} of ${participants.length} participants you may open`} columns={columns} rows={shown} rowKey={(p) => p.id} initialSort={{ key: 'person', dir: 'ascending' }} />
      )}
    </>
  );
}
