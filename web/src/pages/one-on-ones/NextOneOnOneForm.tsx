/**
 * Recording a 1:1 (the manager line): the agenda from the 1:1 template with every open action item
 * carried over (tick the ones settled today), topics added for this 1:1, shared notes the report
 * reads, private notes only the manager line reads, and new action items with owner and due date.
 */
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { Schemas } from '../../api/openapi.gen';
import { FormError, TextAreaField } from '../../components/Fields';
import { describeFailure } from '../living-document/errors';

type View = Schemas['OneOnOnes'];
interface NewAction {
  text: string;
  owner: 'manager' | 'report';
  dueOn: string;
}

const today = (): string => new Date().toISOString().slice(0, 10);

export function NextOneOnOneForm({ view, onSaved }: { view: View; onSaved: () => void }) {
  const id = useId();
  const [heldOn, setHeldOn] = useState(today());
  const [done, setDone] = useState<Set<string>>(new Set());
  const [topics, setTopics] = useState('');
  const [shared, setShared] = useState('');
  const [privateNotes, setPrivateNotes] = useState('');
  const [actions, setActions] = useState<NewAction[]>([]);
  const [error, setError] = useState('');
  const agenda = view.next?.agenda ?? [];
  const first = view.report.name.split(' ')[0] ?? view.report.name;

  const toggle = (action: string) => setDone((d) => (d.has(action) ? new Set([...d].filter((x) => x !== action)) : new Set([...d, action])));
  const change = (i: number, patch: Partial<NewAction>) => setActions((list) => list.map((a, j) => (j === i ? { ...a, ...patch } : a)));

  async function save(e: FormEvent) {
    e.preventDefault();
    setError('');
    try {
      await api('POST /api/people/{id}/one-on-ones', {
        params: { id: view.report.id },
        body: {
          heldOn,
          topics: topics.split('\n').map((t) => t.trim()).filter((t) => t !== ''),
          sharedNotes: shared,
          privateNotes,
          actions: actions.filter((a) => a.text.trim() !== '').map((a) => ({ text: a.text, owner: a.owner, dueOn: a.dueOn || null })),
          done: [...done],
        },
      });
      onSaved();
    } catch (err) {
      setError(describeFailure(err));
    }
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Record a 1:1</h2>
      <form onSubmit={(e) => void save(e)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-date`}>Held on</label>
          <input id={`${id}-date`} type="date" value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />
        </div>
        <h3>Agenda</h3>
        <p className="muted">
          From the 1:1 template (version {view.next?.template.version ?? 1}), then the open action items carried over from earlier 1:1s.
        </p>
        <ul className="agenda" aria-label="Agenda">
          {agenda.map((item) =>
            item.source === 'carried-over' && item.action ? (
              <li key={item.action}>
                <label className="choice">
                  <input type="checkbox" checked={done.has(item.action)} onChange={() => toggle(item.action!)} /> {item.text} <span className="tag">carried over</span> — done in this 1:1
                </label>
              </li>
            ) : (
              <li key={item.text}>{item.text}</li>
            ),
          )}
        </ul>
        <TextAreaField id={`${id}-topics`} label="Topics to add for this 1:1 (one per line)" rows={2} value={topics} onChange={setTopics} />
        <TextAreaField id={`${id}-shared`} label={`Shared notes — ${first} reads these`} rows={4} value={shared} onChange={setShared} lint />
        <TextAreaField id={`${id}-private`} label={`Private notes — only you and your manager line; never ${first}, never an export`} rows={3} value={privateNotes} onChange={setPrivateNotes} lint />
        <h3>New action items</h3>
        {actions.length === 0 && <p className="muted">None yet.</p>}
        {actions.map((a, i) => (
          <fieldset key={i} className="action-row">
            <legend>Action item {i + 1}</legend>
            <div className="field">
              <label htmlFor={`${id}-a${i}-text`}>What</label>
              <input id={`${id}-a${i}-text`} value={a.text} onChange={(e) => change(i, { text: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-a${i}-owner`}>Owner</label>
              <select id={`${id}-a${i}-owner`} value={a.owner} onChange={(e) => change(i, { owner: e.target.value as NewAction['owner'] })}>
                <option value="report">{view.report.name}</option>
                <option value="manager">{view.manager.name}</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-a${i}-due`}>Due</label>
              <input id={`${id}-a${i}-due`} type="date" value={a.dueOn} onChange={(e) => change(i, { dueOn: e.target.value })} />
            </div>
          </fieldset>
        ))}
        <p className="actions">
          <button type="button" className="button secondary" onClick={() => setActions((l) => [...l, { text: '', owner: 'report', dueOn: '' }])}>
            Add an action item
          </button>
          <button type="submit" className="button">
            Save 1:1
          </button>
        </p>
        <FormError message={error} />
      </form>
    </section>
  );
}
