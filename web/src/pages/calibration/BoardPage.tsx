/**
 * `/cycles/:id/calibration`: the calibration board of a real cycle. Before the session opens each
 * manager sees only their own line's pre-ratings (and how many others are in); once a calibrator
 * opens it, everyone taking part sees them side by side — by manager or by signal — with the
 * no-surprises, recency and activity context, rating↔narrative prompts, the checklist, the
 * distributions beside the organisation (never quotas) and every change. Locked at the end.
 */
import { useState } from 'react';
import { api } from '../../api/client';
import { useAccount } from '../../auth/auth-context';
import { Async } from '../../components/Async';
import { FormError } from '../../components/Fields';
import { PageHeader } from '../../components/PageHeader';
import { Empty } from '../../components/States';
import { DataTable } from '../../components/Table';
import { formatDate } from '../../format';
import { useApi } from '../../hooks/useApi';
import { Link } from '../../router/Link';
import { describeFailure } from '../living-document/errors';
import { reviewPaths } from '../reviews/types';
import { calibrationPaths, sessionLabel, type Board } from './board-types';
import { ByManager, BySignal, type Pick } from './BoardTables';
import { ChangeDialog } from './ChangeDialog';
import { DistributionTable } from './DistributionTable';
import { PersonContext } from './PersonContext';

export function BoardPage({ cycleId }: { cycleId: string }) {
  const result = useApi(`calibration:${cycleId}`, (signal) => api('GET /api/cycles/{id}/calibration', { params: { id: cycleId }, signal }));
  return (
    <Async result={result} label="the calibration board" notFound={`Cycle "${cycleId}"`} pageTitle="Calibration board">
      {(b) => <BoardView board={b} reload={result.retry} />}
    </Async>
  );
}

function BoardView({ board, reload }: { board: Board; reload: () => void }) {
  const account = useAccount();
  const [view, setView] = useState<'manager' | 'signal'>('manager');
  const [pick, setPick] = useState<Pick>(null);
  const signalName = (id: string) => board.signals.find((s) => s.id === id)?.name ?? id;
  const picked = pick && pick.person.ratings.find((r) => r.signal === pick.signal);
  const leads = board.mayRun || account.roles.includes('people-partner');
  return (
    <>
      <PageHeader title={`Calibration: ${board.cycle.name}`} lead={board.session ? sessionLabel[board.session.state] : 'No calibration session yet.'}>
        <p>
          <Link to={reviewPaths.cycle(board.cycle.id)}>The cycle</Link> (state: {board.cycle.state})
          {leads && (
            <>
              {' · '}
              <Link to={calibrationPaths.consistency(board.cycle.id)}>Manager consistency</Link>
              {' · '}
              <a href={calibrationPaths.trail(board.cycle.id)} download>
                Audit trail (CSV)
              </a>
            </>
          )}
        </p>
      </PageHeader>
      {board.mayRun && <SessionControls board={board} onChanged={reload} />}
      <section className="panel" aria-labelledby="progress">
        <h2 id="progress">Pre-ratings</h2>
        {!board.opened && board.hidden > 0 && (
          <p className="muted" data-testid="hidden-note">
            {board.hidden} pre-rating{board.hidden === 1 ? ' is' : 's are'} in from other managers, hidden until the session opens so each manager rates independently.
          </p>
        )}
        <DataTable
          caption="Pre-ratings in, by manager’s line"
          columns={[
            { key: 'name', header: 'Manager’s line', rowHeader: true, cell: (p) => p.name },
            { key: 'people', header: 'People', cell: (p) => p.people },
            { key: 'pre', header: 'Pre-ratings', cell: (p) => p.preRatings },
            { key: 'visible', header: 'Shown to you', cell: (p) => (p.visible ? 'yes' : 'hidden until the session opens') },
          ]}
          rows={board.progress}
          rowKey={(p) => p.manager ?? '-'}
        />
      </section>
      <section className="panel" aria-labelledby="board">
        <h2 id="board">Side by side</h2>
        <div className="toolbar" role="group" aria-label="Board view">
          <button type="button" className="button button-secondary" aria-pressed={view === 'manager'} onClick={() => setView('manager')}>
            By manager
          </button>{' '}
          <button type="button" className="button button-secondary" aria-pressed={view === 'signal'} onClick={() => setView('signal')}>
            By signal
          </button>
        </div>
        {board.people.length === 0 ? <Empty>No pre-ratings you may see yet.</Empty> : view === 'manager' ? <ByManager board={board} onPick={setPick} /> : <BySignal board={board} onPick={setPick} />}
        {pick && picked && (
          <ChangeDialog
            key={`${pick.person.id}-${pick.signal}`}
            cycle={board.cycle.id}
            person={pick.person}
            rating={picked}
            signalName={signalName(pick.signal)}
            scale={board.scale}
            onCancel={() => setPick(null)}
            onDone={() => {
              setPick(null);
              reload();
            }}
          />
        )}
      </section>
      <DistributionTable board={board} />
      <section className="panel" aria-labelledby="context">
        <h2 id="context">Each person: context, prompts and the calibration questions</h2>
        {board.people.map((p) => (
          <PersonContext key={p.id} board={board} person={p} signalName={signalName} onChanged={reload} />
        ))}
      </section>
      <section className="panel" aria-labelledby="changes">
        <h2 id="changes">Changes</h2>
        {board.changes.length === 0 ? (
          <Empty>No rating has changed in calibration.</Empty>
        ) : (
          <DataTable
            caption="Calibration changes, oldest first"
            columns={[
              { key: 'at', header: 'When', cell: (c) => formatDate(c.at) },
              { key: 'person', header: 'Person', rowHeader: true, cell: (c) => c.personName },
              { key: 'signal', header: 'Signal', cell: (c) => signalName(c.signal) },
              { key: 'change', header: 'Change', cell: (c) => `${c.from} → ${c.to}` },
              { key: 'reason', header: 'Reason', cell: (c) => c.reason },
              { key: 'note', header: 'Note', cell: (c) => c.note },
              { key: 'by', header: 'By', cell: (c) => c.byName ?? 'command line' },
            ]}
            rows={board.changes}
            rowKey={(c) => c.id}
          />
        )}
      </section>
    </>
  );
}

function SessionControls({ board, onChanged }: { board: Board; onChanged: () => void }) {
  const [error, setError] = useState('');
  const id = board.cycle.id;
  async function act(step: 'prepare' | 'open' | 'lock') {
    setError('');
    if (step === 'lock' && !window.confirm('Lock the session? No rating changes after this.')) return;
    try {
      if (step === 'prepare') await api('POST /api/cycles/{id}/calibration', { params: { id } });
      else if (step === 'open') await api('POST /api/cycles/{id}/calibration/open', { params: { id } });
      else await api('POST /api/cycles/{id}/calibration/lock', { params: { id } });
      onChanged();
    } catch (e) {
      setError(describeFailure(e));
    }
  }
  const state = board.session?.state;
  return (
    <div className="toolbar">
      {!board.session && (
        <button type="button" className="button button-primary" onClick={() => void act('prepare')}>
          Prepare the session
        </button>
      )}
      {state === 'pre-rating' && (
        <button type="button" className="button button-primary" onClick={() => void act('open')}>
          Open the session
        </button>
      )}
      {state === 'open' && (
        <button type="button" className="button button-primary" onClick={() => void act('lock')}>
          Lock the session
        </button>
      )}
      <FormError message={error} />
    </div>
  );
}
