/**
 * A calibrator's change to a rating while the cycle is calibrating: the new value, a reason tag
 * and a note. The engineer reads all three once the cycle is shared.
 */
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { describeFailure } from '../living-document/errors';
import type { Rating } from './types';

const reasons = ['scope', 'complexity', 'impact', 'consistency'] as const;

export function CalibrationForm({ cycleId, rating, signalName, scale, onChanged }: { cycleId: string; rating: Rating; signalName: string; scale: string[]; onChanged: () => void }) {
  const id = useId();
  const [value, setValue] = useState(rating.value);
  const [reason, setReason] = useState<(typeof reasons)[number]>('consistency');
  const [note, setNote] = useState('');
  const [error, setError] = useState('');

  async function save(e: FormEvent) {
    e.preventDefault();
    setError('');
    try {
      await api('POST /api/cycles/{id}/people/{person}/ratings/{signal}/calibration', { params: { id: cycleId, person: rating.person, signal: rating.signal }, body: { value, reason, note } });
      setNote('');
      onChanged();
    } catch (err) {
      setError(describeFailure(err));
    }
  }

  return (
    <form className="evidence-form" onSubmit={(e) => void save(e)} noValidate aria-label={`Calibrate ${signalName}`}>
      <div className="field">
        <label htmlFor={`${id}-value`}>Calibrated rating for {signalName}</label>
        <select id={`${id}-value`} value={value} onChange={(e) => setValue(e.target.value)}>
          {scale.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason for the change to {signalName}</label>
        <select id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value as (typeof reasons)[number])}>
          {reasons.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note for {signalName}</label>
        <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <p className="actions">
        <button type="submit" className="button">
          Record the change
        </button>
      </p>
      <p className="form-error" role="alert">
        {error}
      </p>
    </form>
  );
}
