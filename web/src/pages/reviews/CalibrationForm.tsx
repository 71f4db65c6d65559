/**
 * A calibrator's change to a rating while the cycle is calibrating: the new value, a reason tag
 * and a note. The engineer reads all three once the cycle is shared.
 */
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { FormError, plainOptions, SelectField, TextAreaField } from '../../components/Fields';
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
      <SelectField id={`${id}-value`} label={`Calibrated rating for ${signalName}`} value={value} options={plainOptions(scale)} onChange={setValue} />
      <SelectField id={`${id}-reason`} label={`Reason for the change to ${signalName}`} value={reason} options={plainOptions(reasons)} onChange={setReason} />
      <TextAreaField id={`${id}-note`} label={`Note for ${signalName}`} rows={2} value={note} onChange={setNote} lint />
      <p className="actions">
        <button type="submit" className="button">
          Record the change
        </button>
      </p>
      <FormError message={error} />
    </form>
  );
}
