/** `/incidents/:id`: an incident's record, timeline, participants, postmortem and recurrence. */
import { api } from '../../api/client';
import type { IncidentDetail } from '../../api/operations';
import { Async } from '../../components/Async';
import { Facts } from '../../components/Facts';
import { PageHeader } from '../../components/PageHeader';
import { Table } from '../../components/Table';
import { formatDateTime, viewerTimeZone } from '../../format';
import { useApi } from '../../hooks/useApi';
import { paths } from '../../paths';
import { Link } from '../../router/Link';

export function IncidentPage({ id }: { id: string }) {
  const result = useApi(id, (signal) => api('GET /api/incidents/{id}', { params: { id }, signal }));
  return (
    <Async pageTitle="Incident" result={result} label="the incident" notFound={`Incident "${id}"`}>
      {(i) => <Incident i={i} />}
    </Async>
  );
}

const minutes = (m: number | null) => (m === null ? '—' : m < 120 ? `${m} min` : `${(m / 60).toFixed(1)} h`);

function Incident({ i }: { i: IncidentDetail }) {
  return (
    <>
      <PageHeader title={i.title ?? i.id} lead="Service context: what happened and whether it happened before — never a score of the people who responded.">
        <Facts
          items={[
            ['Service', <Link to={paths.service(i.service)}>{i.service}</Link>],
            ['Severity', i.severity ?? '—'],
            ['Cause', i.cause ?? '—'],
            ['Caused by deployment', i.causedBy ? <code>{i.causedBy}</code> : '—'],
            ['Time to detect', minutes(i.timeToDetectMinutes)],
            ['Time to resolve', i.resolvedAt ? minutes(i.timeToResolveMinutes) : 'still open'],
            ['Postmortem', i.postmortem ? <a href={i.postmortem} rel="noreferrer noopener" target="_blank">{i.postmortem}</a> : 'none linked'],
            ['Worked by', i.participants.length === 0 ? '—' : i.participants.map((p, n) => <span key={p.id}>{n > 0 && ', '}<Link to={paths.person(p.id)}>{p.name}</Link></span>)],
          ]}
        />
      </PageHeader>
      <section className="panel" aria-labelledby="recurrence-title">
        <h2 id="recurrence-title">Recurrence</h2>
        {i.repeats ? (
          <p className="repeat-of">
            <strong>A repeat:</strong> the same cause hit {i.service} {i.repeats.afterDays} days earlier in <Link to={paths.incident(i.repeats.id)}>{i.repeats.id}</Link>.
          </p>
        ) : (
          <p>{i.cause ? `No earlier incident of ${i.service} with this cause within ${i.repeatWindowDays} days.` : 'No cause recorded, so recurrence cannot be checked.'}</p>
        )}
        {i.repeatedBy.length > 0 && (
          <p>
            Repeated later by{' '}
            {i.repeatedBy.map((r, n) => (
              <span key={r.id}>{n > 0 && ', '}<Link to={paths.incident(r.id)}>{r.id}</Link> ({r.afterDays} days after)</span>
            ))}
            .
          </p>
        )}
      </section>
      <section className="panel" aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline</h2>
        <Table caption={`From Trellis’s records: the incident, pages of ${i.service} while it was open, remediating deployments (times in ${viewerTimeZone()})`}>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">What</th>
              <th scope="col">Record</th>
            </tr>
          </thead>
          <tbody>
            {i.timeline.map((e, n) => (
              <tr key={`${e.kind}-${e.ref}-${n}`} data-kind={e.kind}>
                <td>{formatDateTime(e.at)}</td>
                <td>{e.text}</td>
                <td>{e.ref ? <code>{e.ref}</code> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>
    </>
  );
}
