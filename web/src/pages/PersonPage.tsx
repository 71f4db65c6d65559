/**
 * `/people/:id`: the public profile — where someone sits and how to reach them. Anything
 * private (on-call load, pages) is one link away, behind its own access check and audit; the
 * server says (`mayOpen`, from the access policy) which of those links the reader may follow,
 * so nobody is offered a page that answers 403.
 */
import { api } from '../api/client';
import type { PersonDetail } from '../api/operations';
import { Async } from '../components/Async';
import { Facts } from '../components/Facts';
import { PageHeader } from '../components/PageHeader';
import { RefList } from '../components/RefList';
import { useTeams } from '../components/TeamFilter';
import { formatDate, levelAndTrack } from '../format';
import { useApi } from '../hooks/useApi';
import { paths } from '../paths';
import { Link } from '../router/Link';
import { feedbackPaths } from './feedback/model';
import { PraiseForm } from './feedback/PraiseForm';
import { useAccount } from '../auth/auth-context';

export function PersonPage({ id }: { id: string }) {
  const detail = useApi(id, (signal) => api('GET /api/people/{id}', { params: { id }, signal }));
  return (
    <Async pageTitle="Person" result={detail} label="this person" notFound={`Person "${id}"`}>
      {(data) => <Profile {...data} />}
    </Async>
  );
}

function Profile({ person, manager, directReports, mayOpen }: PersonDetail) {
  const teams = useTeams();
  const account = useAccount();
  return (
    <>
      <PageHeader title={person.name} lead={person.active ? undefined : 'No longer with the organisation.'}>
        <Facts
          items={[
            ['Team', person.team ? <Link to={paths.team(person.team)}>{teams.name(person.team)}</Link> : '—'],
            ['Manager', manager ? <Link to={paths.person(manager.id)}>{manager.name}</Link> : 'None'],
            ['Level', levelAndTrack(person.level, person.track)],
            ['Time zone', person.timezone ?? '—'],
            ['Working hours', person.workingHours ?? '—'],
            ['Started', formatDate(person.startDate)],
            ['Email', person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : '—'],
          ]}
        />
        {(mayOpen.privatePage || mayOpen.livingDocument) && (
          <p className="actions">
            {mayOpen.privatePage && (
              <>
                <Link to={paths.personPrivate(person.id)} className="button">
                  Private page
                </Link>
                <span className="hint">On-call shifts and pages; visible to {person.name}, their manager line and people partners.</span>
              </>
            )}
            {mayOpen.livingDocument && (
              <>
                <Link to={paths.personDocument(person.id)} className="button">
                  Living document
                </Link>
                <span className="hint">Goals, evidence and growth notes.</span>
                {/* 1:1s and support plans have the living document's readers: the person, their manager line, people partners. */}
                <Link to={`${paths.person(person.id)}/one-on-ones`} className="button">
                  1:1s
                </Link>
                <Link to={`${paths.person(person.id)}/support-plans`} className="button">
                  Support plans
                </Link>
                <Link to={feedbackPaths.received(person.id)} className="button">
                  Feedback
                </Link>
                <span className="hint">Feedback received; ask colleagues for more.</span>
              </>
            )}
          </p>
        )}
      </PageHeader>
      <div className="panels">
        <RefList title="Direct reports" items={directReports} href={paths.person} empty="No direct reports." />
      </div>
      {account.personId !== null && account.personId !== person.id && person.active && <PraiseForm personId={person.id} personName={person.name} />}
    </>
  );
}
