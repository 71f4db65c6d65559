/**
 * `/notifications/email`: which kinds of notification reach the signed-in person by email.
 * Every kind still shows in the bell; this only chooses email.
 */
import { useState } from 'react';
import { api } from '../../api/client';
import type { Schemas } from '../../api/openapi.gen';
import { Async } from '../../components/Async';
import { FormError } from '../../components/Fields';
import { PageHeader } from '../../components/PageHeader';
import { useApi } from '../../hooks/useApi';
import { describeFailure } from '../living-document/errors';

type Settings = Schemas['EmailSettings'];

export function EmailSettingsPage() {
  const result = useApi('email-settings', (signal) => api('GET /api/notifications/email-settings', { signal }));
  return (
    <>
      <PageHeader title="Email settings" lead="Choose which notifications also reach you by email. All of them show in the bell either way." />
      <Async result={result} label="your email settings">
        {(s) => <SettingsForm settings={s} />}
      </Async>
    </>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  const [email, setEmail] = useState<Record<string, boolean>>(settings.email);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState('');
  async function save() {
    setStatus('saving');
    setError('');
    try {
      const saved = await api('PUT /api/notifications/email-settings', { body: { email } });
      setEmail(saved.email);
      setStatus('saved');
    } catch (e) {
      setError(describeFailure(e));
      setStatus('idle');
    }
  }
  return (
    <form
      className="panel"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p>{settings.address ? <>Email goes to <strong>{settings.address}</strong>.</> : 'You have no email address on record, so no email is sent to you; ask an administrator to add one.'}</p>
      <fieldset>
        <legend>Send me an email when</legend>
        {settings.kinds.map((k) => (
          <div className="checkbox-row" key={k.kind}>
            <input
              id={`email-${k.kind}`}
              type="checkbox"
              checked={email[k.kind] ?? true}
              onChange={(e) => {
                setEmail({ ...email, [k.kind]: e.target.checked });
                setStatus('idle');
              }}
            />
            <label htmlFor={`email-${k.kind}`}>{k.label}</label>
          </div>
        ))}
      </fieldset>
      <p className="toolbar">
        <button type="submit" className="button button-primary" disabled={status === 'saving'}>
          {status === 'saving' ? 'Saving…' : 'Save email settings'}
        </button>
        <span role="status">{status === 'saved' ? 'Saved.' : ''}</span>
      </p>
      <FormError message={error} />
    </form>
  );
}
