/**
 * One signal of a person's ratings: the rating as written (value, rationale, the evidence items
 * it cites, each linked to the living document, and any context kept apart), its
 * calibration changes, the no-surprises flag inline, and — for the manager line while the cycle
 * is in writing — the form to rate it.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { api } from '../../api/client';
import { FormError, plainOptions, SelectField, TextAreaField } from '../../components/Fields';
import { formatDate, formatTime } from '../../format';
import { describeFailure } from '../living-document/errors';
import { CalibrationForm } from './CalibrationForm';
import { CitationList, ContextNote, type CitedItem } from './citations';
import { EvidencePicker } from './EvidencePicker';
import type { PersonRatings, Rating, Rubric, SurpriseFlag } from './types';

interface Props {
  cycleId: string;
  personId: string;
  signal: Rubric['signals'][number];
  scale: string[];
  rating: Rating | null;
  changes: PersonRatings['changes'];
  flag: SurpriseFlag | null;
  /** The evidence items the ratings cite, to name and link them. */
  cited: readonly CitedItem[];
  canRate: boolean;
  /** A calibrator while the cycle is calibrating. */
  canCalibrate: boolean;
  onChanged: () => void;
}

export function SignalRating({ cycleId, personId, signal, scale, rating, changes, flag, cited, canRate, canCalibrate, onChanged }: Props) {
  return (
    <section className="panel" aria-labelledby={`rate-${signal.id}`}>
      <h2 id={`rate-${signal.id}`}>{signal.name}</h2>
      <p className="hint">{signal.definition}</p>
      {rating ? (
        <div className="rating">
          <p>
            <strong className="rating-value">{rating.value}</strong>{' '}
            <span className="muted">
              · decided {formatTime(rating.decidedAt)}
              {rating.at !== rating.decidedAt && <> · last edited {formatTime(rating.at)}</>}
            </span>
          </p>
          <p>{rating.rationale}</p>
          <CitationList person={personId} ids={rating.evidence} cited={cited} />
          <ContextNote text={rating.context} />
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
      {canRate &&
        (rating ? (
          // A rated signal keeps its form folded away, so the page reads as the ratings first.
          <details className="change-rating">
            <summary>Change the rating for {signal.name}</summary>
            <RatingForm cycleId={cycleId} personId={personId} signal={signal} scale={scale} rating={rating} onChanged={onChanged} />
          </details>
        ) : (
          <RatingForm cycleId={cycleId} personId={personId} signal={signal} scale={scale} rating={rating} onChanged={onChanged} />
        ))}
    </section>
  );
}

const ratingSchema = z.object({
  value: z.string().min(1, 'Choose a rating on the scale.'),
  rationale: z.string().trim().min(1, 'Write why: a rating without a rationale cannot be inspected or challenged.'),
  evidence: z.array(z.string()).min(1, 'Cite at least one item of the living document: a rating rests on evidence.'),
  context: z.string().max(2000, 'Keep the context under 2,000 characters.'),
});
type RatingValues = z.infer<typeof ratingSchema>;

function RatingForm({ cycleId, personId, signal, scale, rating, onChanged }: Pick<Props, 'cycleId' | 'personId' | 'signal' | 'scale' | 'rating' | 'onChanged'>) {
  const id = useId();
  const [error, setError] = useState('');
  const form = useForm<RatingValues>({
    resolver: zodResolver(ratingSchema),
    defaultValues: { value: rating?.value ?? '', rationale: rating?.rationale ?? '', evidence: rating?.evidence ?? [], context: rating?.context ?? '' },
  });
  const { errors } = form.formState;
  const firstError = errors.value?.message ?? errors.rationale?.message ?? errors.evidence?.message ?? errors.context?.message;

  const save = form.handleSubmit(async (v) => {
    setError('');
    try {
      await api('PUT /api/cycles/{id}/people/{person}/ratings/{signal}', { params: { id: cycleId, person: personId, signal: signal.id }, body: v });
      onChanged();
    } catch (err) {
      setError(describeFailure(err));
    }
  });

  return (
    <form className="evidence-form" onSubmit={(e) => void save(e)} noValidate aria-label={`Rate ${signal.name}`}>
      <Controller
        control={form.control}
        name="value"
        render={({ field }) => <SelectField id={`${id}-value`} label={`Rating for ${signal.name}`} value={field.value} options={plainOptions(scale)} placeholder="Choose…" onChange={field.onChange} />}
      />
      <Controller control={form.control} name="rationale" render={({ field }) => <TextAreaField id={`${id}-rationale`} label={`Rationale for ${signal.name}`} rows={3} value={field.value} onChange={field.onChange} lint />} />
      <Controller
        control={form.control}
        name="evidence"
        render={({ field }) => <EvidencePicker cycleId={cycleId} personId={personId} label={`Evidence for ${signal.name}`} citedLabel={`Cited for ${signal.name}`} selected={field.value} onChange={field.onChange} />}
      />
      <div className="field">
        <label htmlFor={`${id}-context`}>Context for {signal.name} (optional, not evidence)</label>
        <input id={`${id}-context`} {...form.register('context')} aria-describedby={`${id}-context-hint`} />
        <span id={`${id}-context-hint`} className="hint">
          A link or a conversation worth naming. It is shown as context and never counts as evidence.
        </span>
      </div>
      <p className="actions">
        <button type="submit" className="button">
          Save rating
        </button>
      </p>
      <FormError message={error || firstError} />
    </form>
  );
}
