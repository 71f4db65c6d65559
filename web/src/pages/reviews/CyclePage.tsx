/**
 * `/cycles/:id`: one cycle — its state and history, the rubric version it rates against, and the
 * participants the viewer may see, each linking to their ratings. People partners (and
 * administrators) get the button that moves the cycle to its next state.
 */
import { useState } from 'react';
import { api } from '../../api/client';
import { useAccount } from '../../auth/auth-context';
import { Async } from '../../components/Async';
import { Facts } from '../../components/Facts';
import { FormError } from '../../components/Fields';
import { PageHeader } from '../../components/PageHeader';
import { Deadlines } from './Deadlines';
import { Empty } from '../../components/States';
import { formatDate, formatPeriod } from '../../format';
import { useApi } from '../../hooks/useApi';
import { Link } from '../../router/Link';
import { describeFailure } from '../living-document/errors';
import { LeftOut } from './LeftOut';
import { Completion } from './Completion';
import { ParticipantsTable } from './ParticipantsTable';
import { RemindBehind } from './RemindBehind';
import { kindLabel, reviewPaths, type CycleView } from './types';
import { PromotionLinks } from '../promotion/PromotionLinks';
import { calibrationPaths } from '../calibration/board-types';

export function CyclePage({ id }: { id: string }) {
  const result = useApi(id, (signal) => api('GET /api/cycles/{id}', { params: { id }, signal }));
  return (
    <Async pageTitle="Review cycle" result={result} label="the review cycle" notFound="This cycle">
      {(data) => <Cycle data={data} onChanged={result.retry} />}
    </Async>
  );
}

function Cycle({ data, onChanged }: { data: CycleView; onChanged: () => void }) {
  const account = useAccount();
  const { cycle, rubric, participants, notOpenable, leftOut } = data;
  const runs = account.roles.includes('people-partner') || account.roles.includes('admin');
  // Compensation is never offered through the manager line (the policy's `compensation` rule).
  const holdsCompensation = account.roles.includes('people-partner') || account.roles.includes('compensation-reviewer');
  return (
    <>
      <PageHeader title={cycle.name}>
        <Facts
          items={[
            ['Kind', kindLabel[cycle.kind]],
            ['Period', formatPeriod(cycle.periodFrom, cycle.periodTo)],
            ['State', cycle.state],
            ['Deadlines', <Deadlines cycle={cycle} />],
            ['Rubric', rubric ? <Link to="/rubric">{`${rubric.name}, version ${rubric.version}`}</Link> : 'None: a check-in carries no ratings'],
          ]}
        />
      </PageHeader>
      {/* The board is for calibrators, people partners and the managers taking part (the calibration-session rule). */}
      {cycle.kind !== 'check-in' && ['calibrator', 'people-partner', 'manager'].some((r) => account.roles.includes(r as (typeof account.roles)[number])) && (
        <p className="toolbar">
          <Link to={calibrationPaths.board(cycle.id)}>Calibration board</Link>
        </p>
      )}
      {holdsCompensation && (
        <p className="toolbar">
          <Link to={reviewPaths.compensation(cycle.id)}>Compensation</Link>
        </p>
      )}
      <PromotionLinks cycle={cycle} />
      {runs && cycle.nextState && <NextStep id={cycle.id} next={cycle.nextState} onChanged={onChanged} />}
      {runs && <RemindBehind view={data} />}
      <section className="panel" aria-labelledby="history-title">
        <h2 id="history-title">History</h2>
        <ol>
          {cycle.history.map((h) => (
            <li key={h.state}>
              {h.state} — {formatDate(h.at)}
            </li>
          ))}
        </ol>
      </section>
      <section className="panel" aria-labelledby="participants-title">
        <h2 id="participants-title">Participants</h2>
        <LeftOut people={leftOut} />
        {data.completion && <Completion completion={data.completion} rubric={rubric} />}
        {notOpenable > 0 && (
          <p className="muted" data-testid="not-openable">
            {notOpenable === 1 ? '1 person in this cycle is' : `${notOpenable} people in this cycle are`} not listed: their ratings and review packets are for their manager
            line, calibrators and people partners.
          </p>
        )}
        {participants.length === 0 ? (
          <Empty>{notOpenable > 0 ? 'Nobody in this cycle whose reviews you may open.' : 'No participants you may see.'}</Empty>
        ) : (
          <ParticipantsTable view={data} />
        )}
      </section>
    </>
  );
}

function NextStep({ id, next, onChanged }: { id: string; next: NonNullable<CycleView['cycle']['nextState']>; onChanged: () => void }) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  async function move() {
    setBusy(true);
    setError('');
    try {
      await api('POST /api/cycles/{id}/transition', { params: { id }, body: { to: next } });
      onChanged();
    } catch (e) {
      setError(describeFailure(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="toolbar">
      <button type="button" className="button button-primary" disabled={busy} onClick={() => void move()}>
        Move to {next}
      </button>
      <FormError message={error} />
    </div>
  );
}
