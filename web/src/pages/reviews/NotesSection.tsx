/**
 * Comments and challenges on shared ratings. The engineer comments or challenges; the manager
 * line answers a challenge in writing — a challenge stays open until it is answered.
 */
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { FormError } from '../../components/Fields';
import { Empty } from '../../components/States';
import { formatTime } from '../../format';
import { describeFailure } from '../living-document/errors';
import type { RatingNote, Rubric } from './types';

interface Props {
  cycleId: string;
  personId: string;
  notes: RatingNote[];
  signals: Rubric['signals'];
  isSelf: boolean;
  onChanged: () => void;
}

export function NotesSection({ cycleId, personId, notes, signals, isSelf, onChanged }: Props) {
  const id = useId();
  const [kind, setKind] = useState<'comment' | 'challenge'>('comment');
  const [signal, setSignal] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const nameOf = (s: string | null) => signals.find((x) => x.id === s)?.name ?? 'All ratings';

  async function raise(e: FormEvent) {
    e.preventDefault();
    setError('');
    try {
      await api('POST /api/cycles/{id}/people/{person}/challenges', { params: { id: cycleId, person: personId }, body: { kind, signal: signal === '' ? null : signal, text } });
      setText('');
      onChanged();
    } catch (err) {
      setError(describeFailure(err));
    }
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Comments and challenges</h2>
      {notes.length === 0 && <Empty>No comments or challenges.</Empty>}
      <ul className="note-list">
        {notes.map((n) => (
          <li key={n.id}>
            <p>
              <strong>{n.kind === 'challenge' ? `Challenge (${n.state})` : 'Comment'}</strong> on {nameOf(n.signal)} · {formatTime(n.at)}
            </p>
            <p>{n.text}</p>
            {n.answer && <p className="muted">Answer, {formatTime(n.answer.at)}: {n.answer.text}</p>}
            {!isSelf && n.state === 'open' && <AnswerForm noteId={n.id} onChanged={onChanged} />}
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void raise(e)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as 'comment' | 'challenge')}>
            <option value="comment">Comment</option>
            <option value="challenge">Challenge (needs a written answer)</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-signal`}>Signal</label>
          <select id={`${id}-signal`} value={signal} onChange={(e) => setSignal(e.target.value)}>
            <option value="">All ratings</option>
            {signals.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-text`}>What you want to say</label>
          <textarea id={`${id}-text`} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <p className="actions">
          <button type="submit" className="button">
            Send
          </button>
        </p>
        <FormError message={error} />
      </form>
    </section>
  );
}

function AnswerForm({ noteId, onChanged }: { noteId: string; onChanged: () => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  async function answer(e: FormEvent) {
    e.preventDefault();
    setError('');
    try {
      await api('POST /api/challenges/{id}/answer', { params: { id: noteId }, body: { text } });
      onChanged();
    } catch (err) {
      setError(describeFailure(err));
    }
  }
  return (
    <form onSubmit={(e) => void answer(e)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-answer`}>Answer</label>
        <textarea id={`${id}-answer`} rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <button type="submit" className="button">
        Answer the challenge
      </button>
      <FormError message={error} />
    </form>
  );
}
