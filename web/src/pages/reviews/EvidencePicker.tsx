/**
 * Choosing what a rating or review cites: the person's evidence items in the cycle's period,
 * searchable by title and filtered by kind, signal and date, each with its outcome figure (or
 * "activity"). What is chosen is stored as item ids — references, not text.
 */
import { useId, useMemo, useState } from 'react';
import { api } from '../../api/client';
import { Async } from '../../components/Async';
import { plainOptions, SelectField } from '../../components/Fields';
import { formatDate } from '../../format';
import { useApi } from '../../hooks/useApi';
import type { Schemas } from '../../api/openapi.gen';
import { kindNames } from '../living-document/model';
import { CitationList } from './citations';

type Citable = Schemas['CitableEvidence']['items'][number];

interface Props {
  cycleId: string;
  personId: string;
  /** Names the picker for screen readers, e.g. "Evidence for Collaboration". */
  label: string;
  /** Names the list of chosen items, e.g. "Cited in this review". */
  citedLabel?: string;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}

export function EvidencePicker({ cycleId, personId, label, citedLabel = 'Cited', selected, onChange }: Props) {
  const result = useApi(`citable|${cycleId}|${personId}`, (signal) => api('GET /api/cycles/{id}/people/{person}/evidence', { params: { id: cycleId, person: personId }, signal }));
  return (
    <Async result={result} label="the evidence to cite">
      {(data) => (
        <>
          <CitationList person={personId} ids={selected} cited={data.items} label={citedLabel} />
          <Picker items={data.items} label={label} selected={selected} onChange={onChange} />
        </>
      )}
    </Async>
  );
}

/** The picker itself over items the caller has loaded (feedback writers get them with their request). */
export function Picker({ items, label, selected, onChange }: { items: readonly Pick<Citable, 'id' | 'title' | 'date' | 'kind' | 'signals' | 'outcome'>[]; label: string; selected: readonly string[]; onChange: (ids: string[]) => void }) {
  const id = useId();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState('');
  const [signal, setSignal] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const signals = useMemo(() => [...new Set(items.flatMap((i) => i.signals))].sort(), [items]);
  const kinds = useMemo(() => [...new Set(items.map((i) => i.kind))].sort(), [items]);
  const shown = items.filter(
    (i) =>
      (q.trim() === '' || i.title.toLowerCase().includes(q.trim().toLowerCase())) &&
      (kind === '' || i.kind === kind) &&
      (signal === '' || i.signals.includes(signal)) &&
      (from === '' || i.date >= from) &&
      (to === '' || i.date <= to),
  );
  const toggle = (itemId: string, on: boolean) => onChange(on ? [...selected, itemId] : selected.filter((s) => s !== itemId));
  const kindName = (k: string) => kindNames[k as keyof typeof kindNames] ?? k;

  if (items.length === 0) return <p className="muted">No evidence items in this cycle’s period yet: items added to the living document appear here.</p>;
  return (
    <fieldset className="evidence-picker">
      <legend>{label}</legend>
      <p className="hint">
        {selected.length} of {items.length} items cited. Search by title, or narrow by kind, signal and date.
      </p>
      <div className="picker-filters">
        <div className="field">
          <label htmlFor={`${id}-q`}>Search evidence</label>
          <input id={`${id}-q`} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <SelectField id={`${id}-kind`} label="Kind" value={kind} options={kinds.map((k) => ({ value: k, label: kindName(k) }))} placeholder="Any kind" onChange={setKind} />
        <SelectField id={`${id}-signal`} label="Signal" value={signal} options={plainOptions(signals)} placeholder="Any signal" onChange={setSignal} />
        <div className="field">
          <label htmlFor={`${id}-from`}>From</label>
          <input id={`${id}-from`} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>To</label>
          <input id={`${id}-to`} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
      </div>
      {shown.length === 0 ? (
        <p className="muted">No item matches these filters.</p>
      ) : (
        <ul className="picker-items">
          {shown.map((i) => (
            <li key={i.id}>
              <label>
                <input type="checkbox" checked={selected.includes(i.id)} onChange={(e) => toggle(i.id, e.target.checked)} /> <strong>{i.title}</strong>{' '}
                <span className="muted">
                  · {formatDate(i.date)} · {kindName(i.kind)}
                </span>
              </label>
              <p className="hint">{i.outcome ?? 'Activity: no outcome link'}</p>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
