/**
 * `/`: who I am and where I sit — my team, my manager, my reports — with the links I need most.
 * An account without a person record (an operator) sees its account and the directory links.
 */
import { api } from '../api/client';
import type { Account } from '../api/operations';
import { useAccount } from '../auth/auth-context';
import { Async } from '../components/Async';
import { Facts } from '../components/Facts';
import { levelAndTrack } from '../format';
import { PageHeader } from '../components/PageHeader';
import { RefList } from '../components/RefList';
import { useApi } from '../hooks/useApi';
import { paths } from '../paths';
import { Link } from '../router/Link';
import { MyActivity } from './home/MyActivity';
import { WhatNeedsDoing } from './home/WhatNeedsDoing';

export function HomePage() {
  const account = useAccount();
  return (
    <>
      <PageHeader title={`Welcome, ${account.name.split(' ')[0] ?? account.name}`} lead="Trellis keeps evidence about work fair and inspectable. Delivery and reliability figures are team and service context, never an individual score." />
      <WhatNeedsDoing personId={account.personId} />
      <MyActivity personId={account.personId} />
      {account.personId ? <Me account={account} personId={account.personId} /> : <AccountOnly account={account} />}
    </>
  );
}

function Me({ account, personId }: { account: Account; personId: string }) {
  const me = useApi(personId, async (signal) => {
    const detail = await api('GET /api/people/{id}', { params: { id: personId }, signal });
    const team = detail.person.team ? await api('GET /api/teams/{id}', { params: { id: detail.person.team }, signal }) : null;
    return { ...detail, team };
  });
  return (
    <Async result={me} label="your profile">
      {({ person, manager, directReports, team }) => (
        <>
          <section className="panel" aria-labelledby="me-title">
            <h2 id="me-title">You</h2>
            <Facts
              items={[
                ['Name', <Link to={paths.person(person.id)}>{person.name}</Link>],
                ['Email', account.email],
                ['Team', team ? <Link to={paths.team(team.team.id)}>{team.team.name}</Link> : '—'],
                ['Manager', manager ? <Link to={paths.person(manager.id)}>{manager.name}</Link> : 'None'],
                ['Level', levelAndTrack(person.level, person.track)],
                ['Roles', account.roles.join(', ') || '—'],
              ]}
            />
            <p className="actions">
              <Link to={paths.personDocument(person.id)} className="button">
                My document
              </Link>
              <Link to={paths.personPrivate(person.id)} className="button button-quiet">
                My private page
              </Link>
              <Link to="/reporting-lines" className="button button-quiet">
                Reporting lines
              </Link>
            </p>
          </section>
          <div className="panels">
            <RefList title="Your reports" items={directReports} href={paths.person} empty="You have no direct reports." />
            {/* Without you, so not titled like the team page's members (whose count includes you). */}
            {team && <RefList title={`Teammates in ${team.team.name}`} items={team.members.filter((m) => m.id !== person.id)} href={paths.person} empty="Nobody else yet." />}
            {team && <RefList title={`Services of ${team.team.name}`} items={team.services} href={paths.service} empty="Your team owns no services." />}
          </div>
        </>
      )}
    </Async>
  );
}

function AccountOnly({ account }: { account: Account }) {
  return (
    <section className="panel" aria-labelledby="account-title">
      <h2 id="account-title">Your account</h2>
      <Facts items={[['Email', account.email], ['Roles', account.roles.join(', ') || '—']]} />
      <p>
        This account is not linked to a person in the organisation. Browse <Link to="/teams">teams</Link>, <Link to="/people">people</Link> and{' '}
        <Link to="/services">services</Link>.
      </p>
    </section>
  );
}
