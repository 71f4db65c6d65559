/**
 * Adding an evidence item: what was done, when, its kind, the signals and ladder dimensions it
 * speaks to, a link, and optionally an outcome link with a preview of its before/after figure.
 * The server checks every field; its problems are shown as they come, naming the field.
 */
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { describeFailure } from './errors';
import type { EvidenceGuidance } from './guidance';
import { evidenceKinds, kindNames, type EvidenceKind } from './model';
import { emptyOutcome, linkOf, OutcomeLinkFields, type OutcomeDraft } from './OutcomeLinkFields';

export interface DimensionChoice {
  id: string;
  name: string;
}

export interface AddEvidenceFormProps {
  personId: string;
  dimensions: readonly DimensionChoice[];
  guidance: EvidenceGuidance;
  onAdded: () => void;
}

export function AddEvidenceForm({ personId, dimensions, guidance, onAdded }: AddEvidenceFormProps) {
  const formId = useId();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<EvidenceKind>('shipped');
  const [signals, setSignals] = useState<string[]>([]);
  const [dims, setDims] = useState<string[]>([]);
  const [url, setUrl] = useState('');
  const [label, setLabel] = useState('');
  const [notes, setNotes] = useState('');
  const [outcome, setOutcome] = useState<OutcomeDraft>(emptyOutcome);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError('');
    setBusy(true);
    try {
      await api('POST /api/people/{id}/evidence', {
        params: { id: personId },
        body: { title, date, kind, signals, dimensions: dims, links: url ? [{ url, label: label || url }] : [], notes, outcome: linkOf(outcome, date) },
      });
      setTitle('');
      setDate('');
      setSignals([]);
      setDims([]);
      setUrl('');
      setLabel('');
      setNotes('');
      setOutcome(emptyOutcome);
      onAdded();
    } catch (err) {
      setError(describeFailure(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="evidence-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`} noValidate>
      <h3 id={`${formId}-title`}>Add evidence</h3>
      {guidance.template && (
        <div className="evidence-prompts">
          <p className="hint">{guidance.template.name}: before you write, answer these.</p>
          <ul>
            {guidance.template.prompts.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="filters">
        <div className="field">
          <label htmlFor={`${formId}-what`}>Title</label>
          <input id={`${formId}-what`} value={title} required onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${formId}-date`}>Date</label>
          <input id={`${formId}-date`} type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${formId}-kind`}>Kind</label>
          <select id={`${formId}-kind`} value={kind} onChange={(e) => setKind(e.target.value as EvidenceKind)}>
            {evidenceKinds.map((k) => (
              <option key={k} value={k}>
                {kindNames[k]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="choices">
        <legend>Signals</legend>
        {guidance.signalsNote && <p className="hint">{guidance.signalsNote}</p>}
        {guidance.signals.map(({ id, name }) => (
          <label key={id} className="choice">
            <input type="checkbox" checked={signals.includes(id)} onChange={() => setSignals(toggle(signals, id))} /> {name}
          </label>
        ))}
      </fieldset>
      {dimensions.length > 0 && (
        <fieldset className="choices">
          <legend>Ladder dimensions</legend>
          {dimensions.map((d) => (
            <label key={d.id} className="choice">
              <input type="checkbox" checked={dims.includes(d.id)} onChange={() => setDims(toggle(dims, d.id))} /> {d.name}
            </label>
          ))}
        </fieldset>
      )}
      <div className="filters">
        <div className="field">
          <label htmlFor={`${formId}-url`}>Link</label>
          <input id={`${formId}-url`} type="url" placeholder="https://" value={url} onChange={(e) => setUrl(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${formId}-label`}>Link label</label>
          <input id={`${formId}-label`} value={label} onChange={(e) => setLabel(e.target.value)} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${formId}-notes`}>Notes</label>
        <textarea id={`${formId}-notes`} rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </div>
      <OutcomeLinkFields formId={formId} draft={outcome} itemDate={date} onChange={setOutcome} />
      <p className="form-error" role="alert">
        {error}
      </p>
      <button type="submit" className="button button-primary" disabled={busy}>
        Add evidence
      </button>
    </form>
  );
}
