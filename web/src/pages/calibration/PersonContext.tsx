/**
 * What the calibration conversation needs beside one person: no-surprises flags (and their
 * acknowledgement), the recency and activity-not-outcome checks of the period's evidence, support
 * plans made with the person (facts, with a link for readers who may open them), where a
 * rating and its rationale disagree, and the checklist of calibration questions.
 */
import { useId, useState } from 'react';
import { api } from '../../api/client';
import { FormError, TextAreaField } from '../../components/Fields';
import { formatDate } from '../../format';
import { paths } from '../../paths';
import { Link } from '../../router/Link';
import { describeFailure } from '../living-document/errors';
import type { Board, BoardPerson } from './board-types';

export function PersonContext({ board, person, signalName, onChanged }: { board: Board; person: BoardPerson; signalName: (id: string) => string; onChanged: () => void }) {
  const open = board.session?.state === 'open';
  const prompts = person.ratings.filter((r) => r.prompt !== null);
  return (
    <section className="panel" aria-labelledby={`ctx-${person.id}`} data-person={person.id}>
      <h3 id={`ctx-${person.id}`}>
        {person.name}
        {person.managerName ? <span className="muted"> — {person.managerName}’s line</span> : null}
      </h3>
      {person.flags.length === 0 && person.context.length === 0 && prompts.length === 0 && person.supportPlans.length === 0 && <p className="muted">No flags or prompts.</p>}
      <ul>
        {person.flags.map((f) => (
          <li key={f.rating}>
            <strong>No-surprises flag</strong> on {signalName(f.signal)}: {f.reason}{' '}
            {f.acknowledgement ? <span>Acknowledged: {f.acknowledgement.note}</span> : board.mayRun ? <Acknowledge cycle={board.cycle.id} rating={f.rating} label={`${person.name}, ${signalName(f.signal)}`} onDone={onChanged} /> : <em>Not yet acknowledged.</em>}
          </li>
        ))}
        {person.context.map((c) => (
          <li key={c.check}>
            <strong>{c.check === 'recency' ? 'Recency' : c.check === 'activity-not-outcome' ? 'Activity, not outcome' : 'Prevention'}</strong>: {c.message}
          </li>
        ))}
        {person.supportPlans.map((p) => (
          <li key={p.createdAt} data-testid="support-plan-context">
            <strong>Support plan</strong> on {p.signal === null ? 'the role as a whole' : signalName(p.signal)}, {p.startsOn} to {p.endsOn}
            {p.outcome ? ` (${p.outcome})` : ' (running)'}, shared with {person.name} since {formatDate(p.createdAt)}.{' '}
            {person.mayOpenSupportPlans && <Link to={`${paths.person(person.id)}/support-plans`}>Read it</Link>}
          </li>
        ))}
        {prompts.map((r) => (
          <li key={r.id}>
            <strong>Rating and rationale disagree</strong> on {signalName(r.signal)}: {r.prompt!.message}
          </li>
        ))}
      </ul>
      <fieldset className="checklist">
        <legend>Calibration questions for {person.name}</legend>
        {board.questions.map((q) => (
          <Question key={q.id} board={board} person={person} question={q} disabled={!board.mayRun || !open} onChanged={onChanged} />
        ))}
      </fieldset>
    </section>
  );
}

function Question({ board, person, question, disabled, onChanged }: { board: Board; person: BoardPerson; question: Board['questions'][number]; disabled: boolean; onChanged: () => void }) {
  const id = useId();
  const [error, setError] = useState('');
  const checked = person.checklist.includes(question.id);
  async function toggle() {
    try {
      await api('PUT /api/cycles/{id}/calibration/checklist/{person}/{question}', { params: { id: board.cycle.id, person: person.id, question: question.id }, body: { checked: !checked } });
      onChanged();
    } catch (e) {
      setError(describeFailure(e));
    }
  }
  return (
    <div className="field-inline">
      <input type="checkbox" id={id} checked={checked} disabled={disabled} onChange={() => void toggle()} /> <label htmlFor={id}>{question.text}</label>
      <FormError message={error} />
    </div>
  );
}

function Acknowledge({ cycle, rating, label, onDone }: { cycle: string; rating: string; label: string; onDone: () => void }) {
  const id = useId();
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  async function save() {
    if (note.trim() === '') return setError('Write a note: what was the engineer told, or why does the rating stand?');
    try {
      await api('POST /api/cycles/{id}/flags/{rating}/acknowledgement', { params: { id: cycle, rating }, body: { note } });
      onDone();
    } catch (e) {
      setError(describeFailure(e));
    }
  }
  return (
    <div>
      <TextAreaField id={id} label={`Acknowledgement note for ${label}`} rows={2} value={note} onChange={setNote} lint />
      <button type="button" className="button button-secondary" onClick={() => void save()}>
        Acknowledge the flag
      </button>
      <FormError message={error} />
    </div>
  );
}
