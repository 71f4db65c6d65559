/** Editing one person's compensation proposal: name/value rows, sent whole with PUT. */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { FormError } from '../../components/Fields';
import { describeFailure } from '../living-document/errors';
import { draftsOf, fieldsOf, type CompensationRow, type FieldDraft } from './compensation-fields';

export function CompensationForm({ cycleId, row, onSaved, onCancel }: { cycleId: string; row: CompensationRow; onSaved: () => void; onCancel: () => void }) {
  const formId = useId();
  const [drafts, setDrafts] = useState<FieldDraft[]>(() => draftsOf(row.compensation));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // The form opens below a long table: bring it into view with its first field ready.
  useEffect(() => {
    formRef.current?.scrollIntoView?.({ block: 'nearest' });
    formRef.current?.querySelector('input')?.focus();
  }, []);
  const setRow = (i: number, patch: Partial<FieldDraft>) => setDrafts(drafts.map((d, j) => (j === i ? { ...d, ...patch } : d)));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError('');
    setBusy(true);
    try {
      await api('PUT /api/cycles/{id}/compensation/{person}', { params: { id: cycleId, person: row.person.id }, body: { fields: fieldsOf(drafts, row.compensation) } });
      onSaved();
    } catch (err) {
      setError(describeFailure(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form ref={formRef} className="comp-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`} noValidate>
      <h3 id={`${formId}-title`}>{row.person.name}’s proposal</h3>
      {drafts.map((d, i) => (
        <div className="filters" key={i}>
          <div className="field">
            <label htmlFor={`${formId}-name-${i}`}>Field {i + 1}</label>
            <input id={`${formId}-name-${i}`} value={d.name} onChange={(e) => setRow(i, { name: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${formId}-value-${i}`}>{d.name ? `Value of ${d.name}` : `Value ${i + 1}`}</label>
            <input id={`${formId}-value-${i}`} value={d.value} onChange={(e) => setRow(i, { value: e.target.value })} />
          </div>
          <button type="button" className="button button-quiet" onClick={() => setDrafts(drafts.filter((_, j) => j !== i))}>
            Remove<span className="visually-hidden"> field {d.name || i + 1}</span>
          </button>
        </div>
      ))}
      <button type="button" className="button button-quiet" onClick={() => setDrafts([...drafts, { name: '', value: '' }])}>
        Another field
      </button>
      <FormError message={error} />
      <div className="toolbar">
        <button type="submit" className="button button-primary" disabled={busy}>
          Save proposal
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
