/**
 * One signal of a person's ratings: the rating as written (value, rationale, evidence), its
 * calibration changes, the no-surprises flag inline, and — for the manager line while the cycle
 * is in writing — the form to rate it.
 */
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { FormError, plainOptions, SelectField, TextAreaField } from '../../components/Fields';
import { formatDate, formatDateTime } from '../../format';
import { describeFailure } from '../living-document/errors';
import { CalibrationForm } from './CalibrationForm';
import type { PersonRatings, Rating, Rubric, SurpriseFlag } from './types';

interface Props {
  cycleId: string;
  personId: string;
  signal: Rubric['signals'][number];
  scale: string[];
  rating: Rating | null;
  changes: PersonRatings['changes'];
  flag: SurpriseFlag | null;
  canRate: boolean;
  /** A calibrator while the cycle is calibrating. */
  canCalibrate: boolean;
  onChanged: () => void;
}

export function SignalRating({ cycleId, personId, signal, scale, rating, changes, flag, canRate, canCalibrate, onChanged }: Props) {
  return (
    <section className="panel" aria-labelledby={`rate-${signal.id}`}>
      <h2 id={`rate-${signal.id}`}>{signal.name}</h2>
      <p className="hint">{signal.definition}</p>
      {rating ? (
        <div className="rating">
          <p>
            <strong className="rating-value">{rating.value}</strong>{' '}
            <span className="muted">
              · decided {formatDateTime(rating.decidedAt)}
              {rating.at !== rating.decidedAt && <> · last edited {formatDateTime(rating.at)}</>}
            </span>
          </p>
          <p>{rating.rationale}</p>
          <p className="muted">Evidence: {rating.evidence.join(', ')}</p>
        </div>
      ) : (
        <p className="muted">Not rated yet.</p>
      )}
      {flag && (
        <p className="notice surprise-flag" role="status">
          <strong>No-surprises flag:</strong> {flag.reason} Share specific feedback on this signal early, or expect this rating to be discussed in calibration.
        </p>
      )}
      {changes.length > 0 && (
        <ul className="note-list" aria-label="Calibration changes">
          {changes.map((c) => (
            <li key={c.id}>
              Calibration, {formatDate(c.at)}: {c.from} → {c.to} ({c.reason}). {c.note}
            </li>
          ))}
        </ul>
      )}
      {canCalibrate && rating && <CalibrationForm cycleId={cycleId} rating={rating} signalName={signal.name} scale={scale} onChanged={onChanged} />}
      {canRate && <RatingForm cycleId={cycleId} personId={personId} signal={signal} scale={scale} rating={rating} onChanged={onChanged} />}
    </section>
  );
}

function RatingForm({ cycleId, personId, signal, scale, rating, onChanged }: Pick<Props, 'cycleId' | 'personId' | 'signal' | 'scale' | 'rating' | 'onChanged'>) {
  const id = useId();
  const [value, setValue] = useState(rating?.value ?? '');
  const [rationale, setRationale] = useState(rating?.rationale ?? '');
  const [evidence, setEvidence] = useState(rating?.evidence.join(', ') ?? '');
  const [error, setError] = useState('');

  async function save(e: FormEvent) {
    e.preventDefault();
    setError('');
    try {
      const cited = evidence.split(/[,\n]/).map((x) => x.trim()).filter((x) => x !== '');
      await api('PUT /api/cycles/{id}/people/{person}/ratings/{signal}', { params: { id: cycleId, person: personId, signal: signal.id }, body: { value, rationale, evidence: cited } });
      onChanged();
    } catch (err) {
      setError(describeFailure(err));
    }
  }

  return (
    <form className="evidence-form" onSubmit={(e) => void save(e)} noValidate aria-label={`Rate ${signal.name}`}>
      <SelectField id={`${id}-value`} label={`Rating for ${signal.name}`} value={value} options={plainOptions(scale)} placeholder="Choose…" onChange={setValue} />
      <TextAreaField id={`${id}-rationale`} label={`Rationale for ${signal.name}`} rows={3} value={rationale} onChange={setRationale} />
      <div className="field">
        <label htmlFor={`${id}-evidence`}>Evidence for {signal.name}</label>
        <input id={`${id}-evidence`} value={evidence} onChange={(e) => setEvidence(e.target.value)} aria-describedby={`${id}-evidence-hint`} />
        <span id={`${id}-evidence-hint`} className="hint">
          Evidence item ids or links, separated by commas. At least one: a rating rests on evidence.
        </span>
      </div>
      <p className="actions">
        <button type="submit" className="button">
          Save rating
        </button>
      </p>
      <FormError message={error} />
    </form>
  );
}
