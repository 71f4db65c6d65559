/**
 * Setup step 4: plan the calibration workshop — when, who facilitates, who rates. The agenda
 * comes back from the server, dated from the rating deadline (independent ratings first).
 */
import { useState } from 'react';
import { api } from '../../api/client';
import { SelectField } from '../../components/Fields';
import { useApi } from '../../hooks/useApi';
import type { Save, SetupView } from './SetupPage';

export function WorkshopStep({ view, busy, save }: { view: SetupView; busy: boolean; save: Save }) {
  const people = useApi('people', (signal) => api('GET /api/people', { query: { limit: 200 }, signal }));
  const plan = view.workshop;
  const [date, setDate] = useState(plan?.date ?? '');
  const [duration, setDuration] = useState(String(plan?.durationMinutes ?? 120));
  const [facilitator, setFacilitator] = useState(plan?.facilitator ?? '');
  const [participants, setParticipants] = useState<string[]>(plan?.participants ?? []);
  const options = people.status === 'ok' ? people.data.items : [];
  return (
    <>
      {plan && (
        <ol className="agenda" aria-label="Workshop agenda">
          {plan.agenda.map((a) => (
            <li key={`${a.when}-${a.what}`}>
              <strong>{a.when}</strong>: {a.what}
            </li>
          ))}
        </ol>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save(() => api('PUT /api/setup/calibration-workshop', { body: { date, durationMinutes: Number(duration), facilitator, participants, ratingDeadlineDays: 5 } }));
        }}
      >
        <div className="toolbar">
          <div className="field">
            <label htmlFor="workshop-date">Date</label>
            <input id="workshop-date" type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="workshop-duration">Minutes</label>
            <input id="workshop-duration" type="number" min={30} max={480} step={15} value={duration} onChange={(e) => setDuration(e.target.value)} />
          </div>
          <SelectField id="workshop-facilitator" label="Facilitator" required value={facilitator} placeholder="Choose…" options={options.map((p) => ({ value: p.id, label: p.name }))} onChange={setFacilitator} />
        </div>
        <div className="field">
          <label htmlFor="workshop-participants">Raters (managers who calibrate; hold Ctrl or ⌘ to pick several)</label>
          <select id="workshop-participants" multiple size={8} value={participants} onChange={(e) => setParticipants([...e.target.selectedOptions].map((o) => o.value))}>
            {options.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {plan ? 'Update the workshop plan' : 'Plan the workshop'}
        </button>
      </form>
    </>
  );
}
