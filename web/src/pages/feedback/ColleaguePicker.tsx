/**
 * Choosing colleagues to ask: search the directory by name, tick the people who know the work.
 * The person the feedback is about and those already asked are not offered.
 */
import { useId, useState } from 'react';
import { api } from '../../api/client';
import { Async } from '../../components/Async';
import { useApi } from '../../hooks/useApi';
import { useDebounced } from '../../hooks/useDebounced';

interface Props {
  exclude: readonly string[];
  selected: readonly { id: string; name: string }[];
  onChange: (people: { id: string; name: string }[]) => void;
}

export function ColleaguePicker({ exclude, selected, onChange }: Props) {
  const id = useId();
  const [q, setQ] = useState('');
  const settled = useDebounced(q.trim());
  const result = useApi(`colleagues|${settled}`, (signal) => api('GET /api/people', { query: { q: settled === '' ? undefined : settled, limit: 20 }, signal }));
  const toggle = (p: { id: string; name: string }, on: boolean) => onChange(on ? [...selected, p] : selected.filter((s) => s.id !== p.id));
  return (
    <fieldset className="colleague-picker">
      <legend>Colleagues to ask</legend>
      {selected.length > 0 && (
        <p className="hint" aria-live="polite">
          Asking: {selected.map((s) => s.name).join(', ')}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-q`}>Search colleagues by name</label>
        <input id={`${id}-q`} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      </div>
      <Async result={result} label="colleagues">
        {(page) => {
          const shown = page.items.filter((p) => p.active && !exclude.includes(p.id));
          if (shown.length === 0) return <p className="muted">Nobody matches “{q}”.</p>;
          return (
            <ul className="picker-items">
              {shown.map((p) => (
                <li key={p.id}>
                  <label>
                    <input type="checkbox" checked={selected.some((s) => s.id === p.id)} onChange={(e) => toggle({ id: p.id, name: p.name }, e.target.checked)} /> {p.name}
                  </label>
                </li>
              ))}
            </ul>
          );
        }}
      </Async>
    </fieldset>
  );
}
