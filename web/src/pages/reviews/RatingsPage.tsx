/**
 * `/cycles/:id/people/:person`: a person's ratings in a cycle. The manager line rates each signal
 * while the cycle is in writing — a scale value and a rationale citing evidence — and sees the
 * no-surprises flag inline when a needs-support rating has no earlier shared feedback. The
 * engineer sees nothing until the cycle is shared; then everything, with comments and challenges.
 */
import { api } from '../../api/client';
import { useAccount } from '../../auth/auth-context';
import { Async } from '../../components/Async';
import { PageHeader } from '../../components/PageHeader';
import { useApi } from '../../hooks/useApi';
import { Link } from '../../router/Link';
import { NotesSection } from './NotesSection';
import { SignalRating } from './SignalRating';
import { reviewPaths, type CycleView, type PersonRatings } from './types';

export function RatingsPage({ cycleId, personId }: { cycleId: string; personId: string }) {
  const account = useAccount();
  const cycle = useApi(cycleId, (signal) => api('GET /api/cycles/{id}', { params: { id: cycleId }, signal }));
  return (
    <Async pageTitle="Ratings" result={cycle} label="the review cycle" notFound="This cycle">
      {(view) =>
        account.personId === personId && view.cycle.state !== 'shared' ? <NotYetShared view={view} personId={personId} /> : <Ratings cycleId={cycleId} personId={personId} />
      }
    </Async>
  );
}

function NotYetShared({ view, personId }: { view: CycleView; personId: string }) {
  return (
    <>
      <PageHeader title={`My ratings — ${view.cycle.name}`} />
      <p className="notice" role="note">
        Ratings are shared when the cycle reaches shared. This cycle is {view.cycle.state}; you will see every rating, its rationale and any
        calibration change then, and you can comment on or challenge them.
      </p>
      <p>
        <Link to={reviewPaths.review(view.cycle.id, personId, 'self')}>My self review</Link> · <Link to={reviewPaths.cycle(view.cycle.id)}>About this cycle</Link> ·{' '}
        <Link to={reviewPaths.packet(view.cycle.id, personId)}>My review packet</Link> · <Link to="/rubric">The review signals</Link>
      </p>
    </>
  );
}

function Ratings({ cycleId, personId }: { cycleId: string; personId: string }) {
  const result = useApi(`${cycleId}/${personId}`, (signal) => api('GET /api/cycles/{id}/people/{person}/ratings', { params: { id: cycleId, person: personId }, signal }));
  return (
    <Async pageTitle="Ratings" result={result} label="the ratings" notFound="This person or cycle">
      {(data) => <RatingsView data={data} onChanged={result.retry} />}
    </Async>
  );
}

function RatingsView({ data, onChanged }: { data: PersonRatings; onChanged: () => void }) {
  const account = useAccount();
  const { cycle, person, rubric } = data;
  const isSelf = account.personId === person.id;
  const canRate = !isSelf && cycle.state === 'writing' && account.roles.includes('manager');
  const canCalibrate = !isSelf && cycle.state === 'calibrating' && account.roles.includes('calibrator');
  return (
    <>
      <PageHeader title={isSelf ? `My ratings — ${cycle.name}` : `${person.name} — ${cycle.name}`}>
        <p className="lead">
          State: <strong>{cycle.state}</strong>. {isSelf ? 'You see every rating, rationale and calibration change.' : `${person.name} sees these ratings when the cycle is shared.`}{' '}
          <Link to={reviewPaths.cycle(cycle.id)}>About this cycle</Link> · <Link to={reviewPaths.packet(cycle.id, person.id)}>Review packet</Link> ·{' '}
          <Link to={reviewPaths.review(cycle.id, person.id, isSelf ? 'self' : 'manager')}>{isSelf ? 'My self review' : 'Manager review'}</Link>
        </p>
      </PageHeader>
      {rubric === null ? (
        <p className="notice">This cycle carries no ratings: a check-in is about growth only.</p>
      ) : (
        rubric.signals.map((s) => (
          <SignalRating
            key={s.id}
            cycleId={cycle.id}
            personId={person.id}
            signal={s}
            scale={rubric.scale}
            rating={data.ratings.find((r) => r.signal === s.id) ?? null}
            changes={data.changes.filter((c) => c.signal === s.id)}
            flag={data.flags.find((f) => f.signal === s.id) ?? null}
            cited={data.cited}
            canRate={canRate}
            canCalibrate={canCalibrate}
            onChanged={onChanged}
          />
        ))
      )}
      {cycle.state === 'shared' && <NotesSection cycleId={cycle.id} personId={person.id} notes={data.notes} signals={rubric?.signals ?? []} isSelf={isSelf} onChanged={onChanged} />}
    </>
  );
}
