/**
 * The outcome link of an evidence item: what it points at (a service or team — picked from the
 * directory — or an SLO by id), the moment the work took effect (a UTC date and time, kept as
 * stored when editing), the window, and the ONE figure the outcome is judged by, chosen here and
 * shown whatever it says. "Preview" asks the server for the before/after, so the person can check
 * they linked the right service and moment.
 */
import { useState } from 'react';
import { api } from '../../api/client';
import { FormError } from '../../components/Fields';
import { useApi } from '../../hooks/useApi';
import { describeFailure } from './errors';
import { type EvidenceOutcome } from './model';
import { OutcomeSummary } from './OutcomeSummary';
import { momentFields, momentOf } from '../delivery/moment';

export type OutcomeTarget = 'none' | 'service' | 'team' | 'slo';

export interface OutcomeDraft {
  target: OutcomeTarget;
  id: string;
  /** UTC date and time fields of the moment ('' until chosen: the item's date at 00:00). */
  date: string;
  time: string;
  /** The stored moment (ISO) when editing: sent back unchanged while the fields still show it. */
  stored?: string;
  windowDays: number;
  /** The figure the outcome is judged by, chosen with the link. */
  metric?: OutcomeMetric;
}

type OutcomeMetric = NonNullable<EvidenceOutcome['link']['metric']>;

export const emptyOutcome: OutcomeDraft = { target: 'none', id: '', date: '', time: '', windowDays: 90 };

/** The draft of a stored link: its moment split into UTC fields, remembered so a save keeps it exactly. */
export function outcomeDraftOf(link: EvidenceOutcome['link']): OutcomeDraft {
  return { target: link.target, id: link.id, ...momentFields(link.at), stored: link.at, windowDays: link.windowDays, ...(link.metric ? { metric: link.metric } : {}) };
}

/** The API's link from the draft; the item's own date (00:00 UTC) when no effect date was given. */
export function linkOf(draft: OutcomeDraft, itemDate: string): { target: 'service' | 'team' | 'slo'; id: string; at: string; windowDays: number; metric?: OutcomeMetric } | null {
  if (draft.target === 'none') return null;
  const date = draft.date || itemDate;
  const at = date ? momentOf(date, draft.time, draft.stored) : '';
  return { target: draft.target, id: draft.id, at, windowDays: draft.windowDays, ...(draft.metric && draft.target !== 'slo' ? { metric: draft.metric } : {}) };
}

const metricChoices: { key: OutcomeMetric; name: string }[] = [
  { key: 'changeFailureRate', name: 'Change failure rate' },
  { key: 'recoveryTime', name: 'Failed deployment recovery time' },
  { key: 'leadTime', name: 'Lead time for changes' },
  { key: 'deploymentFrequency', name: 'Deployment frequency' },
  { key: 'reworkRate', name: 'Rework rate' },
];

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
    if (link.target !== 'slo' && !link.metric) {
      setPreviewError('Choose the figure this work should change: the outcome is judged by it.');
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
      <p className="hint">
        What changed in the system after this work? The figures are the service’s or team’s — context, never a personal score. Choose the one figure this
        work was meant to change before you look: the outcome is judged by it, whatever it shows.
      </p>
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
              <input id={`${formId}-at`} type="date" value={draft.date || itemDate} onChange={(e) => set({ date: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`${formId}-time`}>At (UTC)</label>
              <input id={`${formId}-time`} type="time" value={draft.time || '00:00'} onChange={(e) => set({ time: e.target.value })} />
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
            {draft.target !== 'slo' && (
              <div className="field">
                <label htmlFor={`${formId}-metric`}>Judged by</label>
                <select id={`${formId}-metric`} value={draft.metric ?? ''} required onChange={(e) => set({ metric: (e.target.value || undefined) as OutcomeMetric | undefined })}>
                  <option value="">Choose the figure…</option>
                  {metricChoices.map((m) => (
                    <option key={m.key} value={m.key}>
                      {m.name}
                    </option>
                  ))}
                </select>
              </div>
            )}
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
