/**
 * Praise from a colleague, on the person's profile: attributed and shared at once (the kind's
 * policy, shown above the box), with lint hints so "great job" becomes what was done and what
 * changed.
 */
import { useId, useState } from 'react';
import { api } from '../../api/client';
import { SubmitRow, TextAreaField } from '../../components/Fields';
import { describeFailure } from '../living-document/errors';

export function PraiseForm({ personId, personName }: { personId: string; personName: string }) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setError('');
    setStatus('');
    if (text.trim() === '') return setError('Write what you want to thank them for first.');
    try {
      await api('POST /api/people/{id}/feedback/entries', { params: { id: personId }, body: { kind: 'praise', visibility: 'shared', text } });
      setStatus(`Sent: ${personName} can read it now, with your name.`);
      setText('');
    } catch (err) {
      setError(describeFailure(err));
    }
  };
  return (
    <form className="panel" onSubmit={(e) => void submit(e)} noValidate aria-label={`Praise for ${personName}`}>
      <h2>Praise</h2>
      <p className="hint">Praise carries your name and is shared with {personName} at once. Say what they did and what it changed.</p>
      <TextAreaField id={`${id}-text`} label={`What did ${personName} do?`} rows={3} value={text} onChange={setText} lint />
      <SubmitRow label="Send praise" error={error} status={status} />
    </form>
  );
}
