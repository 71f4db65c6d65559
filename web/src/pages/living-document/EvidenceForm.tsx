/**
 * The fields of an evidence item — what was done, when, its kind, the signals and ladder
 * dimensions it speaks to, links, notes and optionally an outcome link with a preview of its
 * before/after figure — shared by the add form and the edit form of each item. The server checks
 * every field; its problems are shown as they come, naming the field, and the fields it named
 * are marked invalid.
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../api/errors';
import type { Operations } from '../../api/openapi.gen';
import { FormError } from '../../components/Fields';
import { describeFailure } from './errors';
import type { EvidenceGuidance } from './guidance';
import { evidenceKinds, kindNames, type EvidenceItem, type EvidenceKind } from './model';
import { emptyOutcome, linkOf, OutcomeLinkFields, outcomeDraftOf, type OutcomeDraft } from './OutcomeLinkFields';

export interface DimensionChoice {
  id: string;
  name: string;
}

export type EvidenceBody = Operations['POST /api/people/{id}/evidence']['body'];

interface LinkDraft {
  url: string;
  label: string;
}

interface Draft {
  title: string;
  date: string;
  kind: EvidenceKind;
  signals: string[];
  dims: string[];
  links: LinkDraft[];
  notes: string;
  outcome: OutcomeDraft;
}

const blank: Draft = { title: '', date: '', kind: 'shipped', signals: [], dims: [], links: [{ url: '', label: '' }], notes: '', outcome: emptyOutcome };

/** The form's starting values: blank for a new item, the item's own for an edit. */
export function draftOf(item: EvidenceItem | undefined): Draft {
  if (!item) return blank;
  const link = item.outcome?.link;
  return {
    title: item.title,
    date: item.date.slice(0, 10),
    kind: item.kind,
    signals: [...item.signals],
    dims: [...item.dimensions],
    links: item.links.length > 0 ? item.links.map((l) => ({ ...l })) : [{ url: '', label: '' }],
    notes: item.notes,
    outcome: link ? outcomeDraftOf(link) : emptyOutcome,
  };
}

function bodyOf(d: Draft): EvidenceBody {
  const links = d.links.filter((l) => l.url.trim() !== '').map((l) => ({ url: l.url, label: l.label || l.url }));
  return { title: d.title, date: d.date, kind: d.kind, signals: d.signals, dimensions: d.dims, links, notes: d.notes, outcome: linkOf(d.outcome, d.date) };
}

/** The top-level field each server problem names ("links.1.url: …" → "links"). */
function invalidFields(e: unknown): Set<string> {
  if (!(e instanceof ApiError)) return new Set();
  return new Set(e.problems.map((p) => p.split(':')[0]!.split('.')[0]!.trim()));
}

export interface EvidenceFormProps {
  heading: string;
  submitLabel: string;
  item?: EvidenceItem;
  dimensions: readonly DimensionChoice[];
  guidance: EvidenceGuidance;
  /** Sends the item; resolves when saved. */
  save: (body: EvidenceBody) => Promise<unknown>;
  onSaved: () => void;
  /** Extra buttons beside the submit button (the edit form's Cancel). */
  actions?: ReactNode;
}

export function EvidenceForm({ heading, submitLabel, item, dimensions, guidance, save, onSaved, actions }: EvidenceFormProps) {
  const formId = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(item));
  const [error, setError] = useState('');
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
  const setLink = (i: number, patch: Partial<LinkDraft>) => set({ links: draft.links.map((l, j) => (j === i ? { ...l, ...patch } : l)) });
  const bad = (field: string) => (invalid.has(field) ? true : undefined);
  // Signals the item already carries stay offered even when the rubric no longer names them.
  const signalChoices = [...guidance.signals, ...draft.signals.filter((s) => !guidance.signals.some((g) => g.id === s)).map((id) => ({ id, name: guidance.signalName(id) }))];
  const dimensionChoices = [...dimensions, ...draft.dims.filter((d) => !dimensions.some((c) => c.id === d)).map((id) => ({ id, name: id }))];

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError('');
    setInvalid(new Set());
    if ((draft.outcome.target === 'service' || draft.outcome.target === 'team') && !draft.outcome.metric) {
      setError('outcome.metric: choose the figure this work should change — the outcome is judged by it, whatever it shows.');
      setInvalid(new Set(['outcome']));
      return;
    }
    setBusy(true);
    try {
      await save(bodyOf(draft));
      if (!item) setDraft(blank);
      onSaved();
    } catch (err) {
      setError(describeFailure(err));
      setInvalid(invalidFields(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="evidence-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`} noValidate>
      <h3 id={`${formId}-title`}>{heading}</h3>
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
          <input id={`${formId}-what`} value={draft.title} required aria-invalid={bad('title')} onChange={(e) => set({ title: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${formId}-date`}>Date</label>
          <input id={`${formId}-date`} type="date" value={draft.date} required aria-invalid={bad('date')} onChange={(e) => set({ date: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${formId}-kind`}>Kind</label>
          <select id={`${formId}-kind`} value={draft.kind} aria-invalid={bad('kind')} onChange={(e) => set({ kind: e.target.value as EvidenceKind })}>
            {evidenceKinds.map((k) => (
              <option key={k} value={k}>
                {kindNames[k]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="choices" aria-invalid={bad('signals')}>
        <legend>Signals</legend>
        {guidance.signalsNote && <p className="hint">{guidance.signalsNote}</p>}
        {signalChoices.map(({ id, name }) => (
          <label key={id} className="choice">
            <input type="checkbox" checked={draft.signals.includes(id)} onChange={() => set({ signals: toggle(draft.signals, id) })} /> {name}
          </label>
        ))}
      </fieldset>
      {dimensionChoices.length > 0 && (
        <fieldset className="choices" aria-invalid={bad('dimensions')}>
          <legend>Ladder dimensions</legend>
          {dimensionChoices.map((d) => (
            <label key={d.id} className="choice">
              <input type="checkbox" checked={draft.dims.includes(d.id)} onChange={() => set({ dims: toggle(draft.dims, d.id) })} /> {d.name}
            </label>
          ))}
        </fieldset>
      )}
      {draft.links.map((l, i) => (
        <div className="filters" key={i}>
          <div className="field">
            <label htmlFor={`${formId}-url-${i}`}>{i === 0 ? 'Link' : `Link ${i + 1}`}</label>
            <input id={`${formId}-url-${i}`} type="url" placeholder="https://" value={l.url} aria-invalid={bad('links')} onChange={(e) => setLink(i, { url: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${formId}-label-${i}`}>{i === 0 ? 'Link label' : `Link ${i + 1} label`}</label>
            <input id={`${formId}-label-${i}`} value={l.label} onChange={(e) => setLink(i, { label: e.target.value })} />
          </div>
          {draft.links.length > 1 && (
            <button type="button" className="button button-quiet" onClick={() => set({ links: draft.links.filter((_, j) => j !== i) })}>
              Remove link<span className="visually-hidden"> {i + 1}</span>
            </button>
          )}
        </div>
      ))}
      <button type="button" className="button button-quiet" onClick={() => set({ links: [...draft.links, { url: '', label: '' }] })}>
        Another link
      </button>
      <div className="field">
        <label htmlFor={`${formId}-notes`}>Notes</label>
        <textarea id={`${formId}-notes`} rows={3} value={draft.notes} aria-invalid={bad('notes')} onChange={(e) => set({ notes: e.target.value })} />
      </div>
      <OutcomeLinkFields formId={formId} draft={draft.outcome} itemDate={draft.date} onChange={(outcome) => set({ outcome })} />
      <FormError message={error} />
      <div className="toolbar">
        <button type="submit" className="button button-primary" disabled={busy}>
          {submitLabel}
        </button>
        {actions}
      </div>
    </form>
  );
}
