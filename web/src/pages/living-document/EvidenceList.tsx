/**
 * The evidence items of a document, newest first: kind, signals, dimensions, links and the
 * outcome — or the `activity` label — each with a button to edit it in place (the add form's
 * fields, filled in) and one to remove it (after a confirmation).
 */
import { useState } from 'react';
import { api } from '../../api/client';
import { FormError } from '../../components/Fields';
import { Empty } from '../../components/States';
import { describeFailure } from './errors';
import { EvidenceForm, type DimensionChoice } from './EvidenceForm';
import type { EvidenceGuidance } from './guidance';
import { formatDate } from '../../format';
import { kindNames, type EvidenceItem } from './model';
import { OutcomeSummary } from './OutcomeSummary';

export interface EvidenceListProps {
  personId: string;
  items: readonly EvidenceItem[];
  dimensionName: (id: string) => string;
  dimensions: readonly DimensionChoice[];
  guidance: EvidenceGuidance;
  /** From the server's `mayChange.document`: without it the list is read-only. */
  mayChange: boolean;
  onChanged: () => void;
}

export function EvidenceList({ personId, items, dimensionName, dimensions, guidance, mayChange, onChanged }: EvidenceListProps) {
  const [error, setError] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  async function remove(item: EvidenceItem) {
    if (!window.confirm(`Remove “${item.title}” from the document?`)) return;
    setError('');
    try {
      await api('DELETE /api/people/{id}/evidence/{evidenceId}', { params: { id: personId, evidenceId: item.id } });
      onChanged();
    } catch (e) {
      setError(describeFailure(e));
    }
  }
  if (items.length === 0) return <Empty>No evidence yet. Add the first item below: what you did, when, and — where you can — what changed in the system.</Empty>;
  return (
    <>
      <FormError message={error} />
      <ol className="evidence-list">
        {items.map((item) =>
          editing === item.id ? (
            <li key={item.id} className="evidence-item evidence-editing">
              <EvidenceForm
                heading={`Edit “${item.title}”`}
                submitLabel="Save changes"
                item={item}
                dimensions={dimensions}
                guidance={guidance}
                save={(body) => api('PUT /api/people/{id}/evidence/{evidenceId}', { params: { id: personId, evidenceId: item.id }, body })}
                onSaved={() => {
                  setEditing(null);
                  onChanged();
                }}
                actions={
                  <button type="button" className="button button-quiet" onClick={() => setEditing(null)}>
                    Cancel
                  </button>
                }
              />
            </li>
          ) : (
            <li key={item.id} id={`evidence-${item.id}`} className="evidence-item" data-kind={item.kind} data-label={item.label}>
              <h3>
                {item.title} <span className="tag">{kindNames[item.kind]}</span>
                {item.label === 'activity' && (
                  <>
                    {' '}
                    <span className="tag tag-activity">activity</span>
                  </>
                )}
              </h3>
              <p className="muted">{formatDate(item.date)}</p>
              {item.notes && <p>{item.notes}</p>}
              {(item.signals.length > 0 || item.dimensions.length > 0) && (
                <p className="evidence-tags">
                  {item.signals.map((s) => (
                    <span key={`s-${s}`} className="chip">
                      {guidance.signalName(s)}
                    </span>
                  ))}
                  {item.dimensions.map((d) => (
                    <span key={`d-${d}`} className="chip chip-dimension">
                      {dimensionName(d)}
                    </span>
                  ))}
                </p>
              )}
              {item.links.length > 0 && (
                <ul className="evidence-links">
                  {item.links.map((l) => (
                    <li key={l.url}>
                      <a href={l.url} rel="noopener noreferrer" target="_blank">
                        {l.label}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
              {item.outcome ? <OutcomeSummary outcome={item.outcome} /> : <p className="hint">No outcome link: this item records activity, not a change in the system.</p>}
              {mayChange && (
                <div className="toolbar">
                  <button type="button" className="button" onClick={() => setEditing(item.id)}>
                    Edit<span className="visually-hidden"> “{item.title}”</span>
                  </button>
                  <button type="button" className="button button-quiet" onClick={() => void remove(item)}>
                    Remove<span className="visually-hidden"> “{item.title}”</span>
                  </button>
                </div>
              )}
            </li>
          ),
        )}
      </ol>
    </>
  );
}
