/**
 * The thresholds behind every sustainable-work flag, on the team on-call page: everyone sees what
 * "flagged" means here; administrators can change them (an organisation setting, audited).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { api } from '../../api/client';
import type { WellbeingThresholds } from '../../api/operations';
import { isAdmin, useAccount } from '../../auth/auth-context';

const rows: [keyof WellbeingThresholds, string, number, number, number][] = [
  ['offHoursPerWeek', 'Off-hours pages a week', 0, 1000, 0.5],
  ['sleepHoursPerWeek', 'Sleep-hour pages a week', 0, 1000, 0.5],
  ['weekendPerWeek', 'Weekend pages a week', 0, 1000, 0.5],
  ['onCallHoursPerWeek', 'On-call hours a week', 0, 168, 1],
  ['loadShare', 'Share of the team’s pages (0–1)', 0, 1, 0.05],
  ['loadGini', 'Team load Gini (0–1)', 0, 1, 0.05],
  ['minPages', 'Minimum pages before a count flag', 1, 1000, 1],
  ['trendAlpha', 'Trend significance level', 0.0001, 0.2, 0.001],
  ['trendMinEvents', 'Minimum events for a trend', 1, 10000, 1],
];

const schema = z.object(Object.fromEntries(rows.map(([key, , min, max]) => [key, z.number({ error: 'must be a number' }).min(min, `must be at least ${min}`).max(max, `must be at most ${max}`)])) as Record<keyof WellbeingThresholds, z.ZodNumber>);

export function ThresholdsPanel({ thresholds, onSaved }: { thresholds: WellbeingThresholds; onSaved: () => void }) {
  const account = useAccount();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<WellbeingThresholds>({ resolver: zodResolver(schema), defaultValues: thresholds });
  const save = form.handleSubmit(async (values) => {
    setError(null);
    try {
      await api('PUT /api/settings/wellbeing-thresholds', { body: values });
      setEditing(false);
      onSaved();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  });
  return (
    <section className="panel" aria-labelledby="thresholds-title">
      <h2 id="thresholds-title">Thresholds behind the flags</h2>
      {!editing ? (
        <>
          <dl className="kind-counts">
            {rows.map(([key, label]) => (
              <div key={key}>
                <dt>{label}</dt>
                <dd>{thresholds[key]}</dd>
              </div>
            ))}
          </dl>
          {isAdmin(account) && (
            <p>
              <button type="button" className="button button-quiet" onClick={() => setEditing(true)}>
                Change thresholds
              </button>
            </p>
          )}
        </>
      ) : (
        <form className="thresholds-form" onSubmit={(e) => void save(e)} noValidate>
          {rows.map(([key, label, min, max, step]) => (
            <label key={key} className="field">
              <span>{label}</span>
              <input type="number" min={min} max={max} step={step} aria-invalid={form.formState.errors[key] ? true : undefined} {...form.register(key, { valueAsNumber: true })} />
              {form.formState.errors[key] && <span className="form-error" role="alert">{form.formState.errors[key]?.message}</span>}
            </label>
          ))}
          {error && <p role="alert" className="form-error">{error}</p>}
          <p>
            <button type="submit" className="button" disabled={form.formState.isSubmitting}>
              Save thresholds
            </button>{' '}
            <button type="button" className="button button-quiet" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
