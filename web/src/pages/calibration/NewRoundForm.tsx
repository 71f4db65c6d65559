/**
 * Starting a workshop round (calibrators, administrators): a title and the raters — people who
 * manage someone, since they are the ones who will rate for real. The signals and scale are the
 * published rubric's, copied into the round.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { api } from '../../api/client';
import type { Person } from '../../api/operations';
import { FormError } from '../../components/Fields';
import { useApi } from '../../hooks/useApi';
import { describeFailure } from '../living-document/errors';
import { fetchAllPeople } from '../reporting-lines/fetch-all-people';
import type { WorkshopRound } from './types';

const schema = z.object({
  title: z.string().trim().min(1, 'Give the round a title.').max(200, 'At most 200 characters.'),
  raters: z.array(z.string()).min(2, 'Choose at least two raters.'),
});
type Values = z.infer<typeof schema>;

/** People who manage someone, by name. */
function managers(people: readonly Person[]): Person[] {
  const ids = new Set(people.map((p) => p.manager).filter((m): m is string => !!m));
  return people.filter((p) => ids.has(p.id)).sort((a, b) => a.name.localeCompare(b.name));
}

export function NewRoundForm({ onCreated }: { onCreated: (r: WorkshopRound) => void }) {
  const id = useId();
  const [error, setError] = useState('');
  const people = useApi('people-all', (signal) => fetchAllPeople(api, signal));
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { title: '', raters: [] } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setError('');
    try {
      onCreated(await api('POST /api/workshops', { body: values }));
    } catch (e) {
      setError(describeFailure(e));
    }
  });

  return (
    <form className="evidence-form" onSubmit={(e) => void submit(e)} noValidate aria-label="New workshop round">
      <h2>Start a round</h2>
      <div className="field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input id={`${id}-title`} {...form.register('title')} aria-invalid={errors.title ? true : undefined} />
        {errors.title && <p className="field-error">{errors.title.message}</p>}
      </div>
      <fieldset className="field">
        <legend>Raters (people who manage someone)</legend>
        {people.status === 'ok' ? (
          <div className="checkbox-grid">
            {managers(people.data).map((p) => (
              <label key={p.id} className="checkbox">
                <input type="checkbox" value={p.id} {...form.register('raters')} /> {p.name}
              </label>
            ))}
          </div>
        ) : (
          <p className="muted">{people.status === 'loading' ? 'Loading people…' : 'People could not be loaded.'}</p>
        )}
        {errors.raters && <p className="field-error">{errors.raters.message}</p>}
      </fieldset>
      <p className="actions">
        <button type="submit" className="button" disabled={isSubmitting}>
          Start the round
        </button>
      </p>
      <FormError message={error} />
    </form>
  );
}
