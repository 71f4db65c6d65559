/**
 * `/people/:id/one-on-ones`: the 1:1s of a person with their manager. The manager line records
 * 1:1s (agenda from the template plus carried-over action items), keeps shared and private notes
 * apart, and sets the cadence; the person reads the shared notes and their own action items.
 */
import { api } from '../../api/client';
import { useAccount } from '../../auth/auth-context';
import { Async } from '../../components/Async';
import { Facts } from '../../components/Facts';
import { PageHeader } from '../../components/PageHeader';
import { useApi } from '../../hooks/useApi';
import { Link } from '../../router/Link';
import { ActionItemsTable } from './ActionItemsTable';
import { cadenceStateText, cadenceText } from './cadence';
import { CadenceForm } from './CadenceForm';
import { MeetingHistory } from './MeetingHistory';
import { NextOneOnOneForm } from './NextOneOnOneForm';
import { oneOnOnePaths } from './paths';

export function PairPage({ id }: { id: string }) {
  const account = useAccount();
  const result = useApi(`one-on-ones:${id}`, (signal) => api('GET /api/people/{id}/one-on-ones', { params: { id }, signal }));
  return (
    <Async result={result} label="1:1s" notFound={`Person "${id}"`} pageTitle="1:1s">
      {(v) => {
        const isSelf = account.personId === v.report.id;
        return (
          <>
            <PageHeader
              title={isSelf ? `Your 1:1s with ${v.manager.name}` : `1:1s: ${v.report.name} with ${v.manager.name}`}
              lead={isSelf ? 'The notes your manager shared with you and the action items you own. Private notes your manager keeps are not shown here.' : undefined}
            >
              <p>
                <Link to={oneOnOnePaths.supportPlans(v.report.id)}>{isSelf ? 'Your support plans' : `Support plans of ${v.report.name}`}</Link>
              </p>
            </PageHeader>
            <section className="panel" aria-labelledby="cadence-title">
              <h2 id="cadence-title">Cadence</h2>
              <Facts items={[['Cadence', cadenceText(v.cadenceDays)], ['Next 1:1', <span className={v.overdue ? 'tag tag-warn' : undefined}>{cadenceStateText(v)}</span>]]} />
              {v.mayWrite && <CadenceForm personId={v.report.id} days={v.cadenceDays} onSaved={result.retry} />}
            </section>
            {v.mayWrite && v.next && <NextOneOnOneForm view={v} onSaved={result.retry} />}
            <ActionItemsTable personId={v.report.id} items={v.actions} mayWrite={v.mayWrite} isSelf={isSelf} onChanged={result.retry} />
            <MeetingHistory personId={v.report.id} meetings={v.meetings} seesPrivate={v.seesPrivate} mayWrite={v.mayWrite} onChanged={result.retry} />
          </>
        );
      }}
    </Async>
  );
}
