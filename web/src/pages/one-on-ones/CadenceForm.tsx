/** The pair's cadence, which the manager line may change (1 to 90 days; every 2 weeks by default). */
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { FormError } from '../../components/Fields';
import { describeFailure } from '../living-document/errors';

export function CadenceForm({ personId, days, onSaved }: { personId: string; days: number; onSaved: () => void }) {
  const id = useId();
  const [value, setValue] = useState(String(days));
  const [error, setError] = useState('');
  async function save(e: FormEvent) {
    e.preventDefault();
    setError('');
    try {
      await api('PUT /api/people/{id}/one-on-ones/cadence', { params: { id: personId }, body: { days: Number(value) } });
      onSaved();
    } catch (err) {
      setError(describeFailure(err));
    }
  }
  return (
    <form onSubmit={(e) => void save(e)} noValidate className="inline-form">
      <div className="field">
        <label htmlFor={`${id}-days`}>Meet every (days)</label>
        <input id={`${id}-days`} type="number" min={1} max={90} value={value} onChange={(e) => setValue(e.target.value)} />
      </div>
      <button type="submit" className="button secondary">
        Save cadence
      </button>
      <FormError message={error} />
    </form>
  );
}
