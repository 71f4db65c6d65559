/**
 * Adding a sample packet (the facilitator): written from scratch — ready for raters at once — or
 * drafted from a real review packet with names and identifying text removed, which waits for the
 * facilitator to review what was removed.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { api } from '../../api/client';
import { FormError } from '../../components/Fields';
import { useApi } from '../../hooks/useApi';
import { describeFailure } from '../living-document/errors';
import { fetchAllPeople } from '../reporting-lines/fetch-all-people';

const schema = z.discriminatedUnion('origin', [
  z.object({ origin: z.literal('scratch'), title: z.string().trim().min(1, 'Give the packet a title.').max(200), body: z.string().trim().min(20, 'Write the packet (at least 20 characters).').max(50_000) }),
  z.object({ origin: z.literal('anonymised'), title: z.string().trim().min(1, 'Give the packet a title.').max(200), cycle: z.string().min(1, 'Choose a cycle.'), person: z.string().min(1, 'Choose a person.') }),
]);
type Values = z.infer<typeof schema>;

export function AddPacketForm({ roundId, onAdded }: { roundId: string; onAdded: () => void }) {
  const id = useId();
  const [error, setError] = useState('');
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { origin: 'scratch', title: '', body: '' } as Values });
  const origin = form.watch('origin');
  const cycles = useApi('cycles', (signal) => api('GET /api/cycles', { signal }));
  const people = useApi('people-all', (signal) => fetchAllPeople(api, signal));
  const errors = form.formState.errors as Partial<Record<'title' | 'body' | 'cycle' | 'person', { message?: string }>>;

  const submit = form.handleSubmit(async (values) => {
    setError('');
    try {
      await api('POST /api/workshops/{id}/packets', { params: { id: roundId }, body: values });
      form.reset({ origin: values.origin, title: '', body: '' } as Values);
      onAdded();
    } catch (e) {
      setError(describeFailure(e));
    }
  });

  return (
    <form className="evidence-form" onSubmit={(e) => void submit(e)} noValidate aria-label="Add a sample packet">
      <h2>Add a sample packet</h2>
      <fieldset className="field">
        <legend>Where it comes from</legend>
        <label className="checkbox">
          <input type="radio" value="scratch" {...form.register('origin')} /> Written from scratch
        </label>
        <label className="checkbox">
          <input type="radio" value="anonymised" {...form.register('origin')} /> From a real packet, with names removed (you review it before raters see it)
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-title`}>Title raters see</label>
        <input id={`${id}-title`} {...form.register('title')} placeholder="e.g. Senior engineer, platform work" />
        {errors.title && <p className="field-error">{errors.title.message}</p>}
      </div>
      {origin === 'scratch' ? (
        <div className="field">
          <label htmlFor={`${id}-body`}>Packet text</label>
          <textarea id={`${id}-body`} rows={8} {...form.register('body')} />
          {errors.body && <p className="field-error">{errors.body.message}</p>}
        </div>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-cycle`}>Cycle</label>
            <select id={`${id}-cycle`} {...form.register('cycle')}>
              <option value="">Choose…</option>
              {cycles.status === 'ok' && cycles.data.items.filter((c) => c.kind !== 'check-in').map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
            {errors.cycle && <p className="field-error">{errors.cycle.message}</p>}
          </div>
          <div className="field">
            <label htmlFor={`${id}-person`}>Whose packet</label>
            <select id={`${id}-person`} {...form.register('person')}>
              <option value="">Choose…</option>
              {people.status === 'ok' && [...people.data].sort((a, b) => a.name.localeCompare(b.name)).map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
            {errors.person && <p className="field-error">{errors.person.message}</p>}
          </div>
        </>
      )}
      <p className="actions">
        <button type="submit" className="button" disabled={form.formState.isSubmitting}>
          {origin === 'scratch' ? 'Add the packet' : 'Draft it for review'}
        </button>
      </p>
      <FormError message={error} />
    </form>
  );
}
