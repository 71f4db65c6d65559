/**
 * The home page's "what needs doing", as the server computes it for the reader's roles: own
 * reviews due, each report's state in the cycle, the organisation's progress per team (listed by
 * name, never ranked), the compensation step, setup steps left. Sections with nothing in them
 * are left out; a reader with nothing to do is told so.
 */
import { api } from '../../api/client';
import type { Schemas } from '../../api/openapi.gen';
import { Async } from '../../components/Async';
import { Table } from '../../components/Table';
import { useApi } from '../../hooks/useApi';
import { formatDate, plural } from '../../format';
import { paths } from '../../paths';
import { Link } from '../../router/Link';
import { Deadlines } from '../reviews/Deadlines';
import { WritingBalance } from './WritingBalance';
import { OverdueOneOnOnes } from './OverdueOneOnOnes';
import { reviewPaths } from '../reviews/types';
import { FeedbackTodo } from './FeedbackTodo';

type Todo = Schemas['HomeTodo'];

const share = (n: number, of: number): string => (of === 0 ? '—' : `${n} of ${of} (${Math.round((100 * n) / of)}%)`);

export function WhatNeedsDoing({ personId }: { personId: string | null }) {
  const result = useApi('home', (signal) => api('GET /api/home', { signal }));
  return (
    <Async result={result} label="what needs doing">
      {(t) => <Sections t={t} personId={personId} />}
    </Async>
  );
}

function Sections({ t, personId }: { t: Todo; personId: string | null }) {
  const nothing = t.feedback.toWrite.length === 0 && (t.feedback.received?.total ?? 0) === 0 && t.own.length === 0 && t.reports.length === 0 && t.progress.length === 0 && t.compensation.length === 0 && (t.setupLeft ?? []).length === 0 && t.overdueOneOnOnes.length === 0;
  return (
    <section className="panel" aria-labelledby="todo-title">
      <h2 id="todo-title">What needs doing</h2>
      {nothing && <p className="muted">Nothing waits for you in a running review cycle.</p>}
      <FeedbackTodo f={t.feedback} personId={personId} />
      {personId &&
        t.own.map((o) => (
          <p key={o.cycle.id} className={o.selfReview === 'due' ? 'notice' : undefined}>
            {o.selfReview === 'due' ? 'Your self review is due' : 'Your self review is in'} for <strong>{o.cycle.name}</strong> ({o.cycle.state})
            {o.selfReview === 'due' && o.cycle.deadlines.selfReview !== null && <>, by {formatDate(o.cycle.deadlines.selfReview)}</>}.{' '}
            <Link to={reviewPaths.review(o.cycle.id, personId, 'self')}>{o.selfReview === 'due' ? 'Write your self review' : 'Read or edit your self review'}</Link>
          </p>
        ))}
      {t.reports.map((r) => (
        <div key={r.cycle.id}>
          <Table caption={`Your reports in ${r.cycle.name}`}>
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Self review</th>
                <th scope="col">Manager review</th>
                {r.signals > 0 && <th scope="col">Ratings</th>}
                <th scope="col">Flags</th>
                <th scope="col">Evidence in the period</th>
              </tr>
            </thead>
            <tbody>
              {r.people.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={reviewPaths.ratings(r.cycle.id, p.id)}>{p.name}</Link>
                  </th>
                  <td>{p.selfReview ? 'in' : 'not yet'}</td>
                  <td>
                    <Link to={reviewPaths.review(r.cycle.id, p.id, 'manager')}>{p.managerReview ? 'submitted' : 'to write'}</Link>
                  </td>
                  {r.signals > 0 && (
                    <td>
                      {p.ratings} of {r.signals}
                    </td>
                  )}
                  <td>{p.flags > 0 ? `${p.flags} no-surprises` : '—'}</td>
                  <td>
                    <Link to={paths.personDocument(p.id)}>{p.evidence === 0 ? 'none yet' : plural(p.evidence, 'item')}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
          <WritingBalance cycleId={r.cycle.id} cycleName={r.cycle.name} />
        </div>
      ))}
      {t.progress.map((p) => (
        <div key={p.cycle.id}>
          <h3>
            Progress of <Link to={reviewPaths.cycle(p.cycle.id)}>{p.cycle.name}</Link> across the organisation ({p.cycle.state})
          </h3>
          <p className="hint">
            Deadlines: <Deadlines cycle={p.cycle} />
          </p>
          <p>
            Self reviews {share(p.total.selfReviews, p.total.people)} · manager reviews {share(p.total.managerReviews, p.total.people)}
            {p.total.rated !== null && <> · fully rated {share(p.total.rated, p.total.people)}</>}
          </p>
          <Table caption={`${p.cycle.name} by team (teams by name, not ranked)`}>
            <thead>
              <tr>
                <th scope="col">Team</th>
                <th scope="col">People</th>
                <th scope="col">Self reviews</th>
                <th scope="col">Manager reviews</th>
                {p.total.rated !== null && <th scope="col">Fully rated</th>}
              </tr>
            </thead>
            <tbody>
              {p.teams.map((team) => (
                <tr key={team.team ?? '-'}>
                  <th scope="row">{team.name}</th>
                  <td>{team.people}</td>
                  <td>{share(team.selfReviews, team.people)}</td>
                  <td>{share(team.managerReviews, team.people)}</td>
                  {team.rated !== null && <td>{share(team.rated, team.people)}</td>}
                </tr>
              ))}
            </tbody>
          </Table>
          {p.behind.step !== null && (p.behind.step === 'selfReview' || p.behind.step === 'managerReview') && (
            <Behind step={p.behind.step} due={p.behind.due} people={p.behind.people} />
          )}
          {p.flagged.length > 0 && (
            <>
              <h4>Flagged for calibration</h4>
              <ul>
                {p.flagged.map((f) => (
                  <li key={`${f.person}|${f.signal}`}>
                    <Link to={reviewPaths.ratings(p.cycle.id, f.person)}>{f.name}</Link>: no-surprises flag on {f.signal}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ))}
      {t.compensation.map(({ cycle, people, withoutProposal }) => (
        <p key={cycle.id}>
          Compensation for <strong>{cycle.name}</strong> ({cycle.state}): {withoutProposal} of {people} people still without a proposal.{' '}
          <Link to={reviewPaths.compensation(cycle.id)}>Open the compensation page</Link>
        </p>
      ))}
      <OverdueOneOnOnes rows={t.overdueOneOnOnes} />
      {t.setupLeft && t.setupLeft.length > 0 && (
        <p>
          Setup steps left: {t.setupLeft.map((s) => s.title).join('; ')}. <Link to="/setup">Continue setup</Link>
        </p>
      )}
    </section>
  );
}

const SHOWN = 12;

/** Who has not done the step the cycle is on, named (the first few, then how many more). */
function Behind({ step, due, people }: { step: 'selfReview' | 'managerReview'; due: string | null; people: { id: string; name: string }[] }) {
  const what = step === 'selfReview' ? 'self review' : 'manager review';
  if (people.length === 0) return <p>Everyone’s {what} is in.</p>;
  return (
    <p>
      <strong>
        {people.length} {people.length === 1 ? 'person is' : 'people are'} behind on the {what}
      </strong>
      {due !== null && <> (due {formatDate(due)})</>}: {people.slice(0, SHOWN).map((p) => p.name).join(', ')}
      {people.length > SHOWN && ` and ${people.length - SHOWN} more`}.
    </p>
  );
}
