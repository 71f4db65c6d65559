/**
 * "Remind the people behind" on a cycle's page (people partners, administrators), while reviews
 * are being written: who has not done the step the cycle is on — self reviews until their due
 * day has passed, then manager reviews — and one button that reminds exactly them (the managers,
 * for manager reviews). The answer, from the server, says how many were reminded and who.
 */
import { useState } from 'react';
import { api } from '../../api/client';
import type { Schemas } from '../../api/openapi.gen';
import { FormError } from '../../components/Fields';
import { formatDate, plural } from '../../format';
import { describeFailure } from '../living-document/errors';
import type { CycleView } from './types';

type Reminders = Schemas['Reminders'];
const DAY = 86_400_000;

/** The step the cycle is on, as the server decides it (core/review/deadlines.ts currentStep). */
function step(cycle: CycleView['cycle'], now: number): 'selfReview' | 'managerReview' | null {
  if (cycle.state !== 'published' && cycle.state !== 'writing') return null;
  const self = cycle.deadlines.selfReview;
  return self !== null && now >= Date.parse(`${self}T00:00:00Z`) + DAY ? 'managerReview' : 'selfReview';
}

export function RemindBehind({ view }: { view: CycleView }) {
  const [result, setResult] = useState<Reminders | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const current = step(view.cycle, Date.now());
  if (current === null) return null;
  const kind = current === 'selfReview' ? 'selfReview' : 'managerReview';
  const behind = view.participants.filter((p) => p.progress[kind] === false);
  const due = view.cycle.deadlines[current];
  const what = current === 'selfReview' ? 'self reviews' : 'manager reviews';
  async function remind() {
    setBusy(true);
    setError('');
    try {
      setResult(await api('POST /api/cycles/{id}/reminders', { params: { id: view.cycle.id } }));
    } catch (e) {
      setError(describeFailure(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="panel" aria-labelledby="behind-title">
      <h2 id="behind-title">Behind on {what}</h2>
      <p>
        {behind.length === 0 ? `Everyone has submitted their ${what.slice(0, -1)}.` : `${plural(behind.length, 'person', 'people')} without a submitted ${what.slice(0, -1)}${due ? ` (due ${formatDate(due)})` : ''}: `}
        {behind.map((p) => p.name).join(', ')}
      </p>
      {behind.length > 0 && (
        <p className="toolbar">
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void remind()}>
            {busy ? 'Sending reminders…' : 'Remind the people behind'}
          </button>
          <span className="muted">{current === 'selfReview' ? 'Each person behind gets a reminder, in the app and by email.' : 'Each manager with reviews behind gets one reminder naming them.'}</span>
        </p>
      )}
      <FormError message={error} />
      {result && (
        <div role="status" data-testid="reminders-sent">
          <p>
            <strong>{result.reminded.length === 0 ? (result.alreadyReminded.length > 0 ? 'Nobody reminded now.' : 'Nobody needed a reminder.') : `Reminded ${plural(result.reminded.length, 'person', 'people')}:`}</strong>
          </p>
          {result.reminded.length > 0 && (
            <ul>
              {result.reminded.map((p) => (
                <li key={p.id}>
                  {p.name}
                  {result.step === 'managerReview' && ` (about ${p.about.map((a) => a.name).join(', ')})`}
                </li>
              ))}
            </ul>
          )}
          {result.alreadyReminded.length > 0 && (
            <p data-testid="already-reminded">
              Already reminded within this hour, so not again now: {result.alreadyReminded.map((p) => p.name).join(', ')}.
            </p>
          )}
          {result.notReminded.length > 0 && (
            <p data-testid="not-reminded">
              Nobody to remind about {result.notReminded.map((p) => p.name).join(', ')}: no manager in the records. Give them a manager, or write the review with whoever manages them.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
