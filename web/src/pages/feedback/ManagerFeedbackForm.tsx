/**
 * Feedback written on the feedback page. The manager line's: shared with the person at once, or
 * a private note that only the manager line reads — the choice spelled out beside each option.
 * The person's own (self feedback): shared with their manager line and their packet, no choice.
 * Naming a signal lets the no-surprises check and the packet find it. Lint hints while writing.
 */
import { useId, useState } from 'react';
import { api } from '../../api/client';
import { SubmitRow, SelectField, TextAreaField } from '../../components/Fields';
import { useApi } from '../../hooks/useApi';
import { describeFailure } from '../living-document/errors';

export function ManagerFeedbackForm({ personId, personName, notice, onSaved, kind = 'manager' }: { personId: string; personName: string; notice: string; onSaved: () => void; kind?: 'manager' | 'self' }) {
  const self = kind === 'self';
  const id = useId();
  const rubric = useApi('rubric|engineering', (signal) => api('GET /api/rubrics', { query: {}, signal }));
  const [text, setText] = useState('');
  const [signal, setSignal] = useState('');
  const [visibility, setVisibility] = useState<'shared' | 'private-to-manager'>('shared');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const signals = rubric.status === 'ok' ? rubric.data.rubric.signals : [];

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setError('');
    setStatus('');
    if (text.trim() === '') return setError('Write the feedback first.');
    try {
      await api('POST /api/people/{id}/feedback/entries', { params: { id: personId }, body: { kind, visibility: self ? 'shared' : visibility, signal: signal || null, text } });
      setStatus(self ? 'Saved: your manager line reads it, and it is part of your review packet.' : visibility === 'shared' ? `Shared with ${personName}.` : `Saved as a private note: only ${personName}’s manager line reads it.`);
      setText('');
      onSaved();
    } catch (err) {
      setError(describeFailure(err));
    }
  };

  return (
    <form className="panel" onSubmit={(e) => void submit(e)} noValidate aria-label={self ? 'Write self feedback' : 'Write manager feedback'}>
      <h2>{self ? 'Write self feedback' : 'Write manager feedback'}</h2>
      <p className="hint">{notice}</p>
      <TextAreaField id={`${id}-text`} label={self ? 'What you did and what came of it' : `Feedback for ${personName}`} rows={4} value={text} onChange={setText} lint />
      <SelectField id={`${id}-signal`} label="Signal it speaks to (optional)" value={signal} options={signals.map((s) => ({ value: s.id, label: s.name }))} placeholder="None in particular" onChange={setSignal} />
      {!self && (
        <fieldset>
          <legend>Who reads it</legend>
          <label className="radio">
            <input type="radio" name={`${id}-visibility`} checked={visibility === 'shared'} onChange={() => setVisibility('shared')} /> Shared: {personName} reads it now, and it appears in their review packet.
          </label>
          <label className="radio">
            <input type="radio" name={`${id}-visibility`} checked={visibility === 'private-to-manager'} onChange={() => setVisibility('private-to-manager')} /> Private to the manager line: never shown to {personName}, never in a packet or export.
          </label>
        </fieldset>
      )}
      <SubmitRow label="Save feedback" error={error} status={status} />
    </form>
  );
}
