/** `/teams/:id`: where a team sits (parent, child teams) and who and what it has. */
import { api } from '../api/client';
import { Async } from '../components/Async';
import { Facts } from '../components/Facts';
import { PageHeader } from '../components/PageHeader';
import { RefList } from '../components/RefList';
import { useApi } from '../hooks/useApi';
import { paths } from '../paths';
import { Link } from '../router/Link';

export function TeamPage({ id }: { id: string }) {
  const detail = useApi(id, (signal) => api('GET /api/teams/{id}', { params: { id }, signal }));
  return (
    <Async pageTitle="Team" result={detail} label="the team" notFound={`Team "${id}"`}>
      {({ team, parent, children, members, services }) => (
        <>
          <PageHeader title={team.name}>
            <Facts
              items={[
                ['Part of', parent ? <Link to={paths.team(parent.id)}>{parent.name}</Link> : 'Top level'],
                ['Time zone', team.timezone ?? '—'],
                ['Team id', <code>{team.id}</code>],
              ]}
            />
            <p>
              <Link to={paths.teamDelivery(team.id)}>Delivery</Link> · <Link to={paths.teamOncall(team.id)}>On-call health</Link>{' '}
              <span className="muted">— team context, never an individual score</span>
            </p>
          </PageHeader>
          <div className="panels">
            <RefList title="Members" items={members} href={paths.person} empty="No active members." />
            <RefList title="Services" items={services} href={paths.service} empty="This team owns no services." />
            <RefList title="Child teams" items={children} href={paths.team} empty="No child teams." />
          </div>
        </>
      )}
    </Async>
  );
}
