/**
 * `/people/:id/feedback/request`: the person (or their manager) asks named colleagues for
 * feedback in a running cycle. The peer bound is shown before asking — "2 of 5 used" — and a
 * request past it is refused by the server with the numbers, shown here as they come.
 */
import { useId, useState } from 'react';
import { api } from '../../api/client';
import { Async } from '../../components/Async';
import { SubmitRow, SelectField } from '../../components/Fields';
import { PageHeader } from '../../components/PageHeader';
import { DataTable, type Column } from '../../components/Table';
import { formatDate } from '../../format';
import { useApi } from '../../hooks/useApi';
import { Link } from '../../router/Link';
import { describeFailure } from '../living-document/errors';
import { ColleaguePicker } from './ColleaguePicker';
import { feedbackPaths, kindNames, type FeedbackRequest } from './model';

const open = (state: string) => state === 'published' || state === 'writing';

export function RequestFeedbackPage({ id }: { id: string }) {
  const person = useApi(id, (signal) => api('GET /api/people/{id}', { params: { id }, signal }));
  const cycles = useApi('cycles', (signal) => api('GET /api/cycles', { signal }));
  return (
    <Async result={person} label="this person" pageTitle="Request feedback" notFound={`Person "${id}"`}>
      {(p) => (
        <>
          <PageHeader title={`Request feedback about ${p.person.name}`} lead="Ask a few colleagues who know the work. Each answers two prompts: one thing to continue and one to change, each with an example." />
          <Async result={cycles} label="review cycles">
            {(c) => {
              const running = c.items.filter((x) => open(x.state));
              if (running.length === 0) return <p className="muted">No review cycle is open for feedback: requests are made while a cycle is published or in writing.</p>;
              return <RequestForm personId={id} personName={p.person.name} cycles={running} />;
            }}
          </Async>
        </>
      )}
    </Async>
  );
}

function RequestForm({ personId, personName, cycles }: { personId: string; personName: string; cycles: { id: string; name: string }[] }) {
  const id = useId();
  const [cycle, setCycle] = useState(cycles[0]!.id);
  const [kind, setKind] = useState<'peer' | 'upward'>('peer');
  const [writers, setWriters] = useState<{ id: string; name: string }[]>([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const requests = useApi(`feedback-requests|${personId}|${cycle}`, (signal) => api('GET /api/people/{id}/feedback-requests', { params: { id: personId }, query: { cycle }, signal }));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setError('');
    setStatus('');
    if (writers.length === 0) return setError('Choose at least one colleague to ask.');
    try {
      const r = await api('POST /api/people/{id}/feedback-requests', { params: { id: personId }, body: { cycle, kind, writers: writers.map((w) => w.id), note: note.trim() || null } });
      setStatus(`Asked ${writers.map((w) => w.name).join(', ')}. ${r.used} of ${r.limit} peer requests used in this cycle.`);
      setWriters([]);
      setNote('');
      requests.retry();
    } catch (err) {
      setError(describeFailure(err));
    }
  };

  const columns: Column<FeedbackRequest>[] = [
    { key: 'writer', header: 'Asked', cell: (r) => r.writerName, sortBy: (r) => r.writerName, rowHeader: true },
    { key: 'kind', header: 'Kind', cell: (r) => kindNames[r.kind] },
    { key: 'asked', header: 'Asked on', cell: (r) => formatDate(r.createdAt), sortBy: (r) => r.createdAt },
    { key: 'answered', header: 'Answered', cell: (r) => (r.kind === 'upward' ? 'Not shown for upward feedback (it keeps answers untraceable)' : r.answeredAt ? formatDate(r.answeredAt) : 'Not yet'), sortBy: (r) => r.answeredAt },
  ];

  return (
    <>
      <form className="panel" onSubmit={(e) => void submit(e)} noValidate aria-label="Request feedback">
        <SelectField id={`${id}-cycle`} label="Cycle" value={cycle} options={cycles.map((c) => ({ value: c.id, label: c.name }))} onChange={setCycle} />
        <SelectField
          id={`${id}-kind`}
          label="Kind"
          value={kind}
          options={[
            { value: 'peer', label: 'Peer feedback (colleagues)' },
            { value: 'upward', label: `Upward feedback (from ${personName}’s reports)` },
          ]}
          onChange={setKind}
        />
        <Async result={requests} label="requests already sent">
          {(r) => (
            <>
              <p className="bound" role="status">
                Peer requests: {r.used} of {r.limit} used in this cycle{r.used >= r.limit ? ' — no more can be sent.' : `; ${r.limit - r.used} more can be sent.`}
              </p>
              <ColleaguePicker exclude={[personId, ...r.items.map((q) => q.writer)]} selected={writers} onChange={setWriters} />
            </>
          )}
        </Async>
        <div className="field">
          <label htmlFor={`${id}-note`}>A note to the people asked (optional)</label>
          <textarea id={`${id}-note`} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <SubmitRow label={`Send ${writers.length > 0 ? `${writers.length} ` : ''}request${writers.length === 1 ? '' : 's'}`} error={error} status={status} />
      </form>
      <Async result={requests} label="requests already sent">
        {(r) =>
          r.items.length === 0 ? (
            <p className="muted">Nobody has been asked about {personName} in this cycle yet.</p>
          ) : (
            <DataTable caption={`Requests about ${personName} in this cycle`} columns={columns} rows={r.items} rowKey={(q) => q.id} />
          )
        }
      </Async>
      <p>
        <Link to={feedbackPaths.received(personId)}>Read the feedback received</Link>
      </p>
    </>
  );
}
