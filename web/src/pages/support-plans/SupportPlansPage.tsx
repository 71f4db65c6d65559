/**
 * `/people/:id/support-plans`: a person's support plans. The person reads every plan from the day
 * it is created (there are no drafts); the manager line creates plans, adds dated check-ins and
 * records the outcome. The support-plan template's prompts guide the writing.
 */
import { api } from '../../api/client';
import { useAccount } from '../../auth/auth-context';
import { Async } from '../../components/Async';
import { PageHeader } from '../../components/PageHeader';
import { Empty } from '../../components/States';
import { useApi } from '../../hooks/useApi';
import { Link } from '../../router/Link';
import { describeFailure } from '../living-document/errors';
import { oneOnOnePaths } from '../one-on-ones/paths';
import type { PlanInput } from './model';
import { PlanForm } from './PlanForm';
import { PlanView } from './PlanView';

export function SupportPlansPage({ id }: { id: string }) {
  const account = useAccount();
  const result = useApi(`support-plans:${id}`, (signal) => api('GET /api/people/{id}/support-plans', { params: { id }, signal }));
  const template = useApi('template:support-plan', (signal) => api('GET /api/templates/{kind}', { params: { kind: 'support-plan' }, signal }));
  const prompts = template.status === 'ok' ? Object.fromEntries(template.data.current.sections.map((s) => [s.heading, s.prompt])) : {};
  async function create(input: PlanInput): Promise<string | null> {
    try {
      await api('POST /api/people/{id}/support-plans', { params: { id }, body: input });
      result.retry();
      return null;
    } catch (err) {
      return describeFailure(err);
    }
  }
  return (
    <Async result={result} label="support plans" notFound={`Person "${id}"`} pageTitle="Support plans">
      {(v) => {
        const isSelf = account.personId === v.person.id;
        return (
          <>
            <PageHeader
              title={isSelf ? 'Your support plans' : `Support plans: ${v.person.name}`}
              lead={isSelf ? 'What is expected, the support you get, and every check-in — shown to you from the day a plan is created.' : `${v.person.name} sees every plan from the day it is created.`}
            >
              <p>
                <Link to={oneOnOnePaths.pair(v.person.id)}>{isSelf ? 'Your 1:1s' : `1:1s with ${v.person.name}`}</Link>
              </p>
            </PageHeader>
            {v.items.length === 0 && <Empty>{isSelf ? 'You have no support plan.' : `${v.person.name} has no support plan.`}</Empty>}
            {v.items.map((p) => (
              <PlanView key={p.id} personId={v.person.id} plan={p} mayWrite={v.mayWrite} prompts={prompts} onChanged={result.retry} />
            ))}
            {v.mayWrite && (
              <section className="panel" aria-labelledby="new-plan-title">
                <h2 id="new-plan-title">New support plan</h2>
                <p className="muted">{v.person.name} sees the plan as soon as you create it.</p>
                <PlanForm prompts={prompts} submitLabel="Create support plan" onSubmit={create} />
              </section>
            )}
          </>
        );
      }}
    </Async>
  );
}
