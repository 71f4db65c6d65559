/**
 * The audit log's filters: whose records (a person), who acted (an email, or the command line),
 * which action, and a range of days. A react-hook-form form checked with zod before it changes
 * the address; the server checks the same again.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { api } from '../../api/client';
import { FormError } from '../../components/Fields';
import { useApi } from '../../hooks/useApi';

export const auditFilterKeys = ['subject', 'actor', 'action', 'from', 'to'] as const;

const day = z.union([z.literal(''), z.iso.date({ error: 'Use a date like 2026-03-31.' })]);
const schema = z
  .object({ subject: z.string(), actor: z.string().trim(), action: z.string(), from: day, to: day })
  .refine((v) => v.from === '' || v.to === '' || v.from <= v.to, { message: 'The first day must not be after the last.', path: ['to'] });

export type AuditFilterValues = z.infer<typeof schema>;

export function AuditFilters({ values, actions, onApply }: { values: AuditFilterValues; actions: readonly string[]; onApply: (v: AuditFilterValues) => void }) {
  const id = useId();
  const people = useApi('audit-people', (signal) => api('GET /api/people', { query: { limit: 500 }, signal }));
  const { register, handleSubmit, reset, formState } = useForm<AuditFilterValues>({ resolver: zodResolver(schema), defaultValues: values });
  const key = JSON.stringify(values);
  // The address is the truth: going back or following a link resets the form to it.
  useEffect(() => reset(JSON.parse(key) as AuditFilterValues), [key, reset]);
  const error = formState.errors.to?.message ?? formState.errors.from?.message;
  const empty = { subject: '', actor: '', action: '', from: '', to: '' };
  return (
    <form className="filters" aria-label="Filter the audit log" onSubmit={handleSubmit(onApply)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-subject`}>About</label>
        <select id={`${id}-subject`} {...register('subject')}>
          <option value="">Anyone</option>
          {people.status === 'ok' &&
            people.data.items.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          {values.subject !== '' && people.status === 'ok' && !people.data.items.some((p) => p.id === values.subject) && <option value={values.subject}>{values.subject}</option>}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-actor`}>Who (email)</label>
        <input id={`${id}-actor`} type="search" placeholder="hannah@… or operator" {...register('actor')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-action`}>Action</label>
        <select id={`${id}-action`} {...register('action')}>
          <option value="">Any</option>
          {[...new Set([...actions, ...(values.action ? [values.action] : [])])].map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>From</label>
        <input id={`${id}-from`} type="date" {...register('from')} aria-invalid={formState.errors.from ? true : undefined} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>To</label>
        <input id={`${id}-to`} type="date" {...register('to')} aria-invalid={formState.errors.to ? true : undefined} />
      </div>
      <button type="submit" className="button">
        Filter
      </button>
      <button type="button" className="button button-quiet" onClick={() => onApply(empty)}>
        Clear
      </button>
      <FormError message={error} />
    </form>
  );
}
