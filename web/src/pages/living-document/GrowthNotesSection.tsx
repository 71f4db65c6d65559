/**
 * Growth notes: shown where the policy lets the reader see them (never to compensation
 * reviewers — the server says why), with a form to write one, shared or kept as a draft, for
 * those the server says may (the manager line — not the person, who reads them).
 */
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { FormError, TextAreaField } from '../../components/Fields';
import { Empty } from '../../components/States';
import { formatDate } from '../../format';
import { describeFailure } from './errors';
import { signalNames, type LivingDocument } from './model';

interface Props {
  personId: string;
  notes: LivingDocument['growthNotes'];
  /** From the server's `mayChange.growthNotes`. */
  mayAdd: boolean;
  isSelf: boolean;
  onChanged: () => void;
}

export function GrowthNotesSection({ personId, notes, mayAdd, isSelf, onChanged }: Props) {
  const formId = useId();
  const [text, setText] = useState('');
  const [shared, setShared] = useState(true);
  const [signal, setSignal] = useState('');
  const [error, setError] = useState('');

  async function add(e: FormEvent) {
    e.preventDefault();
    setError('');
    try {
      await api('POST /api/people/{id}/growth-notes', { params: { id: personId }, body: { text, shared, signal: signal || null } });
      setText('');
      setSignal('');
      onChanged();
    } catch (err) {
      setError(describeFailure(err));
    }
  }

  return (
    <section className="panel" aria-labelledby="notes-title">
      <h2 id="notes-title">Growth notes</h2>
      {!notes.visible ? (
        <p className="notice">{notes.reason ?? 'You may not read these growth notes.'}</p>
      ) : (
        <>
          {notes.items.length === 0 && <Empty>{isSelf ? 'No growth notes yet: your manager line writes them here.' : 'No growth notes yet.'}</Empty>}
          <ul className="note-list">
            {notes.items.map((n) => (
              <li key={n.id}>
                <p>{n.text}</p>
                <p className="muted">
                  {n.author.name} · {formatDate(n.createdAt)}
                  {n.signal && <span className="tag">on {signalNames[n.signal] ?? n.signal}</span>}
                  {!n.shared && <span className="tag">draft, only you see it</span>}
                </p>
              </li>
            ))}
          </ul>
          {mayAdd && (
            <form onSubmit={(e) => void add(e)} noValidate>
              <TextAreaField id={`${formId}-note`} label="New note" rows={3} value={text} onChange={setText} lint />
              <div className="field">
                <label htmlFor={`${formId}-signal`}>About a review signal (optional)</label>
                <select id={`${formId}-signal`} value={signal} onChange={(e) => setSignal(e.target.value)}>
                  <option value="">No particular signal</option>
                  {Object.entries(signalNames).map(([id, name]) => (
                    <option key={id} value={id}>
                      {name}
                    </option>
                  ))}
                </select>
                <p className="hint">A shared note on a signal counts as earlier feedback on it: a later “needs support” rating on that signal is then no surprise.</p>
              </div>
              <p className="actions">
                <label className="choice">
                  <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} /> Share with the person now
                </label>
                <button type="submit" className="button">
                  Add note
                </button>
              </p>
              <FormError message={error} />
            </form>
          )}
        </>
      )}
    </section>
  );
}
