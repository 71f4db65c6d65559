/**
 * The no-surprises window: how many days before a `needs support` rating feedback on the signal
 * must have been shared with the engineer (spec/people.md; 30 by default). Everyone may read it —
 * it decides which ratings calibration sees flagged; administrators change it.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import { FormError } from '../../components/Fields';
import { useApi } from '../../hooks/useApi';

export function NoSurpriseSetting({ mayChange }: { mayChange: boolean }) {
  const formId = useId();
  const [version, setVersion] = useState(0);
  const current = useApi(`no-surprise-days|${version}`, (signal) => api('GET /api/setup/no-surprise-days', { signal }));
  const [days, setDays] = useState('');
  const [error, setError] = useState('');
  const [saved, setSaved] = useState(false);
  const stored = current.status === 'ok' ? current.data.days : null;
  useEffect(() => {
    if (stored !== null) setDays(String(stored));
  }, [stored]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError('');
    setSaved(false);
    try {
      await api('PUT /api/setup/no-surprise-days', { body: { days: Number(days) } });
      setSaved(true);
      setVersion((v) => v + 1);
    } catch (err) {
      setError(err instanceof ApiError ? [err.message, ...err.problems].join(' ') : String(err));
    }
  }

  return (
    <section className="panel" aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>No surprises</h2>
      <p className="muted">
        A “needs support” rating is flagged for calibration unless feedback on the same signal — shared feedback or a shared growth note on it — reached
        the engineer at least this many days before the rating was decided.
      </p>
      {stored !== null && !mayChange && <p>{stored} days.</p>}
      {mayChange && (
        <form className="filters" onSubmit={(e) => void submit(e)} noValidate>
          <div className="field">
            <label htmlFor={`${formId}-days`}>Days of notice (7–365)</label>
            <input id={`${formId}-days`} type="number" min={7} max={365} step={1} value={days} onChange={(e) => setDays(e.target.value)} />
          </div>
          <button type="submit" className="button">
            Save
          </button>
          {saved && (
            <span className="hint" role="status">
              Saved: {stored} days.
            </span>
          )}
        </form>
      )}
      <FormError message={error} />
    </section>
  );
}
