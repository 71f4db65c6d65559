/**
 * Creating a review cycle (people partners and administrators): kind, name, period and the
 * deadline of each step (any may be left open; the server checks they follow the steps' order).
 * An annual review or promotion round is pinned to the latest published rubric; a check-in takes none.
 */
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { FormError, SelectField, type Option } from '../../components/Fields';
import { dayAfter } from '../../format';
import { describeFailure } from '../living-document/errors';
import { deadlineSteps } from './Deadlines';
import { kindLabel, type ReviewCycle } from './types';

const kindOptions: Option<ReviewCycle['kind']>[] = (Object.keys(kindLabel) as ReviewCycle['kind'][]).map((k) => ({ value: k, label: kindLabel[k] }));

export function NewCycleForm({ onCreated }: { onCreated: (cycle: ReviewCycle) => void }) {
  const id = useId();
  const [kind, setKind] = useState<ReviewCycle['kind']>('annual');
  const [name, setName] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [deadlines, setDeadlines] = useState<Record<string, string>>({});
  const [error, setError] = useState('');

  async function create(e: FormEvent) {
    e.preventDefault();
    setError('');
    try {
      // People name a period by its last day; the API's periodTo is the first day after it.
      const due = Object.fromEntries(Object.entries(deadlines).filter(([, v]) => v !== ''));
      onCreated(await api('POST /api/cycles', { body: { kind, name, periodFrom: from, periodTo: to === '' ? to : dayAfter(to), deadlines: due } }));
    } catch (err) {
      setError(describeFailure(err));
    }
  }

  return (
    <form className="evidence-form" onSubmit={(e) => void create(e)} noValidate aria-label="New review cycle">
      <h2>New cycle</h2>
      <SelectField id={`${id}-kind`} label="Kind" value={kind} options={kindOptions} onChange={setKind} />
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>First day</label>
        <input id={`${id}-from`} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>Last day</label>
        <input id={`${id}-to`} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      <fieldset className="choices">
        <legend>Deadlines (optional)</legend>
        {deadlineSteps.map(({ step, name }) => (
          <div className="field" key={step}>
            <label htmlFor={`${id}-${step}`}>{name} due</label>
            <input id={`${id}-${step}`} type="date" value={deadlines[step] ?? ''} onChange={(e) => setDeadlines({ ...deadlines, [step]: e.target.value })} />
          </div>
        ))}
      </fieldset>
      <p className="actions">
        <button type="submit" className="button">
          Create in draft
        </button>
      </p>
      <FormError message={error} />
    </form>
  );
}
