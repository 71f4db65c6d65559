/**
 * The outcome link of a new evidence item: what it points at (a service or team — picked from the
 * directory — or an SLO by id), when the work took effect, and the window. "Preview" asks the
 * server for the before/after it would show, so the person sees the figure before saving.
 */
import { useState } from 'react';
import { api } from '../../api/client';
import { FormError } from '../../components/Fields';
import { useApi } from '../../hooks/useApi';
import { describeFailure } from './errors';
import { type EvidenceOutcome } from './model';
import { OutcomeSummary } from './OutcomeSummary';

export type OutcomeTarget = 'none' | 'service' | 'team' | 'slo';

export interface OutcomeDraft {
  target: OutcomeTarget;
  id: string;
  at: string;
  windowDays: number;
  /** The figure to lead with, kept as the item had it. */
  metric?: OutcomeMetric;
}

type OutcomeMetric = NonNullable<EvidenceOutcome['link']['metric']>;

export const emptyOutcome: OutcomeDraft = { target: 'none', id: '', at: '', windowDays: 90 };

/** The API's link from the draft; the item's own date when no effect date was given. */
export function linkOf(draft: OutcomeDraft, itemDate: string): { target: 'service' | 'team' | 'slo'; id: string; at: string; windowDays: number; metric?: OutcomeMetric } | null {
  if (draft.target === 'none') return null;
  return { target: draft.target, id: draft.id, at: draft.at || itemDate, windowDays: draft.windowDays, ...(draft.metric ? { metric: draft.metric } : {}) };
}

export function OutcomeLinkFields({ formId, draft, itemDate, onChange }: { formId: string; draft: OutcomeDraft; itemDate: string; onChange: (d: OutcomeDraft) => void }) {
  const services = useApi('services', (signal) => api('GET /api/services', { query: { limit: 500 }, signal }));
  const teams = useApi('teams', (signal) => api('GET /api/teams', { query: { limit: 500 }, signal }));
  const [preview, setPreview] = useState<EvidenceOutcome | null>(null);
  const [previewError, setPreviewError] = useState('');
  const set = (patch: Partial<OutcomeDraft>) => {
    setPreview(null);
    onChange({ ...draft, ...patch });
  };
  const options = draft.target === 'service' ? (services.status === 'ok' ? services.data.items : []) : draft.target === 'team' ? (teams.status === 'ok' ? teams.data.items : []) : [];

  async function showPreview() {
    const link = linkOf(draft, itemDate);
    setPreviewError('');
    if (!link || !link.id || !link.at) {
      setPreviewError('Pick what the work changed and when it took effect.');
      return;
    }
    try {
      setPreview(await api('POST /api/evidence/outcome-preview', { body: link }));
    } catch (e) {
      setPreviewError(describeFailure(e));
    }
  }

  return (
    <fieldset className="outcome-fields">
      <legend>Outcome link</legend>
      <p className="hint">What changed in the system after this work? The figures are the service’s or team’s — context, never a personal score.</p>
      <div className="filters">
        <div className="field">
          <label htmlFor={`${formId}-target`}>Outcome</label>
          <select id={`${formId}-target`} value={draft.target} onChange={(e) => set({ target: e.target.value as OutcomeTarget, id: '' })}>
            <option value="none">None (activity)</option>
            <option value="service">A service’s delivery</option>
            <option value="team">A team’s delivery</option>
            <option value="slo">An SLO</option>
          </select>
        </div>
        {(draft.target === 'service' || draft.target === 'team') && (
          <div className="field">
            <label htmlFor={`${formId}-scope`}>{draft.target === 'service' ? 'Service' : 'Team'}</label>
            <select id={`${formId}-scope`} value={draft.id} onChange={(e) => set({ id: e.target.value })}>
              <option value="">Choose…</option>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {draft.target === 'slo' && (
          <div className="field">
            <label htmlFor={`${formId}-slo`}>SLO id</label>
            <input id={`${formId}-slo`} value={draft.id} onChange={(e) => set({ id: e.target.value })} />
          </div>
        )}
        {draft.target !== 'none' && (
          <>
            <div className="field">
              <label htmlFor={`${formId}-at`}>Took effect on</label>
              <input id={`${formId}-at`} type="date" value={draft.at || itemDate} onChange={(e) => set({ at: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`${formId}-window`}>Days each side</label>
              <select id={`${formId}-window`} value={draft.windowDays} onChange={(e) => set({ windowDays: Number(e.target.value) })}>
                {[30, 60, 90, 180].map((d) => (
                  <option key={d} value={d}>
                    {d} days
                  </option>
                ))}
              </select>
            </div>
            <button type="button" className="button" onClick={() => void showPreview()}>
              Preview before/after
            </button>
          </>
        )}
      </div>
      <FormError message={previewError} />
      <div aria-live="polite">{preview && <OutcomeSummary outcome={preview} />}</div>
    </fieldset>
  );
}
