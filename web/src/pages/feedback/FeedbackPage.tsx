/**
 * `/people/:id/feedback`: the feedback a person has received. The person reads what is shared
 * with them; their manager line also reads private notes, marked as private. Anonymous upward
 * answers are withheld until their request group has 3, and the page says how many wait.
 */
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useAccount } from '../../auth/auth-context';
import { Async } from '../../components/Async';
import { PageHeader } from '../../components/PageHeader';
import { useApi } from '../../hooks/useApi';
import { Link } from '../../router/Link';
import { FeedbackCard } from './FeedbackCard';
import { ManagerFeedbackForm } from './ManagerFeedbackForm';
import { feedbackPaths, kindNames } from './model';

export function FeedbackPage({ id }: { id: string }) {
  const account = useAccount();
  const result = useApi(`feedback|${id}`, (signal) => api('GET /api/people/{id}/feedback/received', { params: { id }, signal }));
  const own = account.personId === id;
  const rubric = useApi('rubric|engineering', (signal) => api('GET /api/rubrics', { query: {}, signal }));
  const signalName = (s: string) => (rubric.status === 'ok' ? (rubric.data.rubric.signals.find((x) => x.id === s)?.name ?? s) : s);
  const client = useQueryClient();
  // Refresh in place (the form keeps its confirmation), rather than `retry`, which starts from loading.
  const refresh = () => void client.invalidateQueries({ predicate: (q) => q.queryKey[2] === `feedback|${id}` });
  return (
    <Async result={result} label="feedback" pageTitle="Feedback" notFound={`Person "${id}"`}>
      {(r) => (
        <>
          <PageHeader title={own ? 'Feedback you received' : `Feedback about ${r.person.name}`} lead={r.includesPrivate ? 'You are in the manager line: private notes are shown too, marked “Private to the manager line”. They never reach the person or any export.' : 'Feedback shared with the person.'}>
            <p className="actions">
              {(own || account.roles.includes('manager')) && (
                <Link to={feedbackPaths.request(id)} className="button">
                  Request feedback
                </Link>
              )}
            </p>
          </PageHeader>
          {r.includesPrivate && !own && (
            <ManagerFeedbackForm personId={id} personName={r.person.name} notice={r.policies.find((p) => p.kind === 'manager')?.notice ?? ''} onSaved={refresh} />
          )}
          {own && <ManagerFeedbackForm kind="self" personId={id} personName={r.person.name} notice={r.policies.find((p) => p.kind === 'self')?.notice ?? ''} onSaved={refresh} />}
          {r.withheld > 0 && (
            <p className="notice" role="status">
              {r.withheld} anonymous upward {r.withheld === 1 ? 'answer is' : 'answers are'} withheld until at least 3 people have answered the request, so no answer can be traced to its writer.
            </p>
          )}
          {r.items.length === 0 ? (
            <p className="muted">No feedback yet. Ask colleagues who know the work: peer requests are bounded to a few per cycle.</p>
          ) : (
            <div className="feedback-list">
              {r.items.map((f) => (
                <FeedbackCard key={f.id} f={f} signalName={signalName} />
              ))}
            </div>
          )}
          <details className="panel">
            <summary>How each kind is attributed</summary>
            <ul>
              {r.policies.map((p) => (
                <li key={p.kind}>
                  <strong>{kindNames[p.kind]}</strong>: {p.notice}
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </Async>
  );
}
