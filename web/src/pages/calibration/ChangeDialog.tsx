/**
 * A calibrator's change to one rating on the board: the new value, a reason tag (scope,
 * complexity, impact, consistency) and a note with live lint hints. The server refuses a change
 * without them; the engineer reads all three once the cycle is shared.
 */
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { FormError, plainOptions, SelectField, TextAreaField } from '../../components/Fields';
import { describeFailure } from '../living-document/errors';
import { reasons, type BoardPerson, type BoardRating } from './board-types';

export function ChangeDialog({ cycle, person, rating, signalName, scale, onDone, onCancel }: { cycle: string; person: BoardPerson; rating: BoardRating; signalName: string; scale: string[]; onDone: () => void; onCancel: () => void }) {
  const id = useId();
  const [value, setValue] = useState(rating.value);
  const [reason, setReason] = useState<(typeof reasons)[number] | ''>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const title = `Change ${person.name}’s ${signalName}`;

  async function save(e: FormEvent) {
    e.preventDefault();
    if (reason === '') return setError('Choose a reason tag: scope, complexity, impact or consistency.');
    if (note.trim() === '') return setError('Write a note: the engineer will read why the rating changed.');
    setError('');
    try {
      await api('POST /api/cycles/{id}/people/{person}/ratings/{signal}/calibration', { params: { id: cycle, person: person.id, signal: rating.signal }, body: { value, reason, note } });
      onDone();
    } catch (err) {
      setError(describeFailure(err));
    }
  }

  return (
    <section className="panel" role="dialog" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="muted">
        Now “{rating.value}”{rating.authorName ? `, pre-rated by ${rating.authorName}` : ''}. {rating.rationale}
      </p>
      <form className="evidence-form" onSubmit={(e) => void save(e)} noValidate aria-label={title}>
        <SelectField id={`${id}-value`} label="New rating" value={value} options={plainOptions(scale)} onChange={setValue} />
        <SelectField id={`${id}-reason`} label="Reason tag" value={reason} placeholder="Choose a reason" options={plainOptions(reasons)} onChange={setReason} />
        <TextAreaField id={`${id}-note`} label="Note (the engineer reads it)" rows={3} value={note} onChange={setNote} lint />
        <p className="actions">
          <button type="submit" className="button button-primary">
            Record the change
          </button>{' '}
          <button type="button" className="button button-secondary" onClick={onCancel}>
            Cancel
          </button>
        </p>
        <FormError message={error} />
      </form>
    </section>
  );
}
