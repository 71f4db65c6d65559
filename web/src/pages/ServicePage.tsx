/** `/services/:id`: one service and its owning team. */
import { api } from '../api/client';
import { Async } from '../components/Async';
import { Facts } from '../components/Facts';
import { PageHeader } from '../components/PageHeader';
import { useApi } from '../hooks/useApi';
import { paths } from '../paths';
import { Link } from '../router/Link';
import { ServiceIncidents } from './oncall/ServiceIncidents';

export function ServicePage({ id }: { id: string }) {
  const detail = useApi(id, (signal) => api('GET /api/services/{id}', { params: { id }, signal }));
  return (
    <Async pageTitle="Service" result={detail} label="the service" notFound={`Service "${id}"`}>
      {({ service, team }) => (
        <>
        <PageHeader title={service.name} lead="Delivery and reliability figures describe the service and its team, never one person.">
          <Facts
            items={[
              ['Owning team', team ? <Link to={paths.team(team.id)}>{team.name}</Link> : service.team],
              ['Service id', <code>{service.id}</code>],
            ]}
          />
          <p>
            <Link to={paths.serviceDelivery(service.id)}>Delivery</Link> · <Link to={paths.serviceReliability(service.id)}>Reliability</Link>
          </p>
        </PageHeader>
        <ServiceIncidents service={service.id} />
        </>
      )}
    </Async>
  );
}
