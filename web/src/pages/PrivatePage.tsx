/**
 * `/people/:id/private`: a person's on-call shifts and pages of the last 90 days. The server
 * decides who may look (403 is shown with its reason) and records every view; the person
 * themself also sees who has looked.
 */
import { api } from '../api/client';
import type { PrivateRecords } from '../api/operations';
import { useAccount } from '../auth/auth-context';
import { Async } from '../components/Async';
import { PageHeader } from '../components/PageHeader';
import { plural } from '../format';
import { useApi } from '../hooks/useApi';
import { paths } from '../paths';
import { Link } from '../router/Link';
import { MyLoadPanel } from './oncall/MyLoadPanel';
import { AccessLog } from './private/AccessLog';
import { PagesTable, ShiftsTable } from './private/RecordTables';

export function PrivatePage({ id }: { id: string }) {
  const records = useApi(id, (signal) => api('GET /api/people/{id}/private', { params: { id }, signal }));
  return (
    <Async pageTitle="Private page" result={records} label="the private records" notFound="This person">
      {(data) => <Records data={data} />}
    </Async>
  );
}

function Records({ data }: { data: PrivateRecords }) {
  const account = useAccount();
  const { person, counts } = data;
  const isSelf = account.personId === person.id;
  return (
    <>
      <PageHeader title={isSelf ? 'My private page' : `${person.name} — private page`}>
        <p className="notice" role="note">
          Visible to {person.name}, their manager line and people partners. Every view is recorded.
        </p>
        <p className="lead">
          On-call load over the last 90 days: {plural(counts.shifts, 'shift')} and {plural(counts.pages, 'page')}. These records exist to
          keep on-call sustainable; they are never a performance score. <Link to={paths.person(person.id)}>Public profile</Link>
        </p>
      </PageHeader>
      <MyLoadPanel personId={person.id} isSelf={isSelf} />
      <ShiftsTable shifts={data.oncallShifts} person={person} />
      <PagesTable pages={data.pages} person={person} />
      {isSelf && <AccessLog personId={person.id} />}
    </>
  );
}
