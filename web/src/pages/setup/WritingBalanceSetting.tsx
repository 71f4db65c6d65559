/**
 * The organisation's switch for the standout vs grindstone word balance (spec/people.md, lint
 * category 6). Off by default: when on, each manager sees the balance of the reviews they wrote
 * in a cycle, as an aggregate that names nobody; nobody else ever sees it.
 */
import { useId, useState } from 'react';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import { FormError } from '../../components/Fields';
import { useApi } from '../../hooks/useApi';

export function WritingBalanceSetting({ mayChange }: { mayChange: boolean }) {
  const id = useId();
  const [version, setVersion] = useState(0);
  const current = useApi(`writing-balance|${version}`, (signal) => api('GET /api/setup/writing-balance', { signal }));
  const [error, setError] = useState('');
  const enabled = current.status === 'ok' ? current.data.enabled : null;

  async function change(next: boolean) {
    setError('');
    try {
      await api('PUT /api/setup/writing-balance', { body: { enabled: next } });
      setVersion((v) => v + 1);
    } catch (err) {
      setError(err instanceof ApiError ? [err.message, ...err.problems].join(' ') : String(err));
    }
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Word balance in reviews</h2>
      <p className="muted">
        Letters of recommendation have been found to describe some groups with “grindstone” words (hardworking, diligent) and others with “standout” words
        (brilliant, exceptional). When this is on, each manager sees the balance of the reviews and rating rationales they wrote in a cycle — counts only,
        naming nobody, shown to that manager alone — as a prompt to reread, never as a finding.
      </p>
      {enabled !== null && (
        <p role="status">
          {enabled ? 'On: managers see the balance of their own reviews.' : 'Off (the default).'}
          {mayChange && (
            <>
              {' '}
              <button type="button" className="button button-quiet" onClick={() => void change(!enabled)}>
                {enabled ? 'Turn off' : 'Turn on'}
              </button>
            </>
          )}
        </p>
      )}
      <FormError message={error} />
    </section>
  );
}
