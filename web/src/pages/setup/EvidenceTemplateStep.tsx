/** Setup step 3: one evidence template for every living document, so packets are comparable. */
import { useState } from 'react';
import { api } from '../../api/client';
import type { Save, SetupView } from './SetupPage';

export function EvidenceTemplateStep({ view, busy, save }: { view: SetupView; busy: boolean; save: Save }) {
  const [chosen, setChosen] = useState(view.evidenceTemplate ?? 'outcome-first');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save(() => api('PUT /api/setup/evidence-template', { body: { template: chosen } }));
      }}
    >
      <fieldset className="choices">
        <legend className="visually-hidden">Evidence template</legend>
        {view.evidenceTemplates.map((t) => (
          <label key={t.id} className="choice">
            <input type="radio" name="evidence-template" value={t.id} checked={chosen === t.id} onChange={() => setChosen(t.id)} />
            <span>
              <strong>{t.name}</strong> — {t.description}
              <span className="hint"> Asks: {t.prompts.join(' · ')}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button button-primary" disabled={busy}>
        Save the evidence template
      </button>
    </form>
  );
}
