/**
 * `/feedback/requests/:id`: the colleague asked writes their feedback. The attribution policy of
 * the kind is shown first, before any text box; then the two prompts, each with its example, and
 * live lint hints on every box (a writing aid, never a gate); the choice between shared and
 * private-to-manager, spelled out; anonymity only where the policy allows it; and optional
 * citations of the person's evidence items.
 */
import { useId, useState } from 'react';
import { api } from '../../api/client';
import type { ResponseOf } from '../../api/operations';
import { Async } from '../../components/Async';
import { FormError, SelectField, TextAreaField } from '../../components/Fields';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../format';
import { useApi } from '../../hooks/useApi';
import { Link } from '../../router/Link';
import { describeFailure } from '../living-document/errors';
import { Picker } from '../reviews/EvidencePicker';
import { kindNames } from './model';

export function WriteFeedbackPage({ id }: { id: string }) {
  const result = useApi(`feedback-request|${id}`, (signal) => api('GET /api/feedback/requests/{id}', { params: { id }, signal }));
  return (
    <Async result={result} label="this feedback request" pageTitle="Write feedback" notFound={`Feedback request "${id}"`}>
      {(c) => <WriteForm requestId={id} c={c} />}
    </Async>
  );
}

type Ctx = ResponseOf<'GET /api/feedback/requests/{id}'>;

function WriteForm({ requestId, c }: { requestId: string; c: Ctx }) {
  const id = useId();
  const [v, setV] = useState({ continueText: '', continueExample: '', changeText: '', changeExample: '' });
  const [visibility, setVisibility] = useState<'shared' | 'private-to-manager'>('shared');
  const [anonymous, setAnonymous] = useState(false);
  const [signal, setSignal] = useState('');
  const [citations, setCitations] = useState<string[]>([]);
  const [error, setError] = useState('');
  const [done, setDone] = useState(false);
  const who = c.request.subjectName;
  const set = (k: keyof typeof v) => (value: string) => setV({ ...v, [k]: value });

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setError('');
    try {
      await api('POST /api/feedback/requests/{id}/answer', { params: { id: requestId }, body: { ...v, visibility, anonymous, signal: signal || null, citations } });
      setDone(true);
    } catch (err) {
      setError(describeFailure(err));
    }
  };

  if (done)
    return (
      <>
        <PageHeader title={`Feedback for ${who} sent`} />
        <p className="notice" role="status">
          Thank you. {visibility === 'shared' ? `${who} can read it now${anonymous ? ', without your name, once 3 people have answered' : ', with your name'}.` : `Only ${who}’s manager line reads it.`}
        </p>
        <p>
          <Link to="/">Back to what needs doing</Link>
        </p>
      </>
    );

  return (
    <>
      <PageHeader title={`${kindNames[c.request.kind]} feedback for ${who}`} lead={`${c.request.cycleName}${c.request.due ? ` · due ${formatDate(c.request.due)}` : ''}`} />
      <section className="panel attribution-notice" aria-labelledby={`${id}-policy`}>
        <h2 id={`${id}-policy`}>Before you write: who will see your name</h2>
        <p>{c.policy.notice}</p>
        {c.request.note && <p className="hint">Note from the request: {c.request.note}</p>}
      </section>
      <form className="panel" onSubmit={(e) => void submit(e)} noValidate aria-label={`Feedback for ${who}`}>
        <h2>One thing to continue</h2>
        <TextAreaField id={`${id}-continue`} label={`What should ${who} keep doing?`} rows={3} value={v.continueText} onChange={set('continueText')} lint />
        <TextAreaField id={`${id}-continue-example`} label="An example: what happened, when, and its effect" rows={3} value={v.continueExample} onChange={set('continueExample')} lint />
        <h2>One thing to change</h2>
        <TextAreaField id={`${id}-change`} label={`What should ${who} do differently?`} rows={3} value={v.changeText} onChange={set('changeText')} lint />
        <TextAreaField id={`${id}-change-example`} label="An example: what happened, when, and its effect" rows={3} value={v.changeExample} onChange={set('changeExample')} lint />
        <SelectField id={`${id}-signal`} label="Signal it speaks to (optional)" value={signal} options={c.signals.map((s) => ({ value: s.id, label: s.name }))} placeholder="None in particular" onChange={setSignal} />
        <fieldset>
          <legend>Who reads it</legend>
          {c.policy.visibilities.map((vis) => (
            <label key={vis} className="radio">
              <input type="radio" name={`${id}-visibility`} value={vis} checked={visibility === vis} onChange={() => setVisibility(vis)} />{' '}
              {vis === 'shared' ? `Shared: ${who} reads it, and it appears in their review packet.` : `Private to ${who}’s manager line: never shown to ${who}, never in a packet or export.`}
            </label>
          ))}
        </fieldset>
        {c.policy.mayBeAnonymous && (
          <fieldset>
            <legend>Your name</legend>
            {c.anonymousAllowed ? (
              <label className="radio">
                <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} /> Answer anonymously (this request went to {c.groupSize} people; anonymous answers are shown once 3 have answered)
              </label>
            ) : (
              <p className="hint">This request went to {c.groupSize} {c.groupSize === 1 ? 'person' : 'people'}: too few to answer anonymously without being traced, so your answer carries your name.</p>
            )}
          </fieldset>
        )}
        <Picker items={c.evidence.map((i) => ({ ...i, outcome: null }))} label={`${who}’s evidence to cite (optional)`} selected={citations} onChange={setCitations} />
        <p className="actions">
          <button type="submit" className="button">
            Send feedback
          </button>
        </p>
        <FormError message={error} />
      </form>
    </>
  );
}
