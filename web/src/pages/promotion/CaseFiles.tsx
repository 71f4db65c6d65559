/** The case files of a promotion case, each readable in place, with change and remove for its writers. */
import { useState } from 'react';
import { api } from '../../api/client';
import { FormError } from '../../components/Fields';
import { formatDate } from '../../format';
import { describeFailure } from '../living-document/errors';
import { CitationList } from '../reviews/citations';
import { CaseFileForm } from './CaseFileForm';
import type { CaseRead, PromotionCase } from './types';

export function CaseFiles({ read, c, writable, onChanged }: { read: CaseRead; c: PromotionCase; writable: boolean; onChanged: (c: PromotionCase) => void }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState('');
  const names = new Map(c.targets.map((t) => [t.id, t.name]));
  const remove = async (example: string) => {
    setError('');
    try {
      onChanged(await api('DELETE /api/cycles/{id}/people/{person}/promotion-case/examples/{example}', { params: { id: c.cycle.id, person: c.person.id, example } }));
    } catch (e) {
      setError(describeFailure(e));
    }
  };
  return (
    <section className="panel" aria-labelledby="case-files-title">
      <h2 id="case-files-title">Case files</h2>
      {c.examples.length === 0 && <p className="muted">No case files yet. Each case file tells one piece of work: the problem, its scope, what {c.person.name} did and the result, citing evidence.</p>}
      <FormError message={error} />
      {c.examples.map((e, i) =>
        editing === e.id ? (
          <CaseFileForm key={e.id} read={read} c={c} file={e} onSaved={(saved) => { setEditing(null); onChanged(saved); }} onCancel={() => setEditing(null)} />
        ) : (
          <article key={e.id} className="case-file" aria-labelledby={`case-file-${e.id}`}>
            <h3 id={`case-file-${e.id}`}>
              {i + 1}. {e.problem.split('\n')[0]}
            </h3>
            <p className="muted">
              {formatDate(e.from)} – {e.to ? formatDate(e.to) : 'ongoing'} · shows {e.dimensions.map((d) => names.get(d) ?? d).join(', ') || 'no dimension chosen yet'}
            </p>
            <dl className="case-parts">
              <dt>Scope</dt>
              <dd>{e.scope || <span className="muted">Not written yet.</span>}</dd>
              <dt>Action</dt>
              <dd>{e.action || <span className="muted">Not written yet.</span>}</dd>
              <dt>Result</dt>
              <dd>{e.result || <span className="muted">Not written yet.</span>}</dd>
            </dl>
            <CitationList person={c.person.id} ids={e.evidence} cited={e.cited} label="Evidence cited" />
            {writable && (
              <p className="actions">
                <button type="button" className="button button-quiet" onClick={() => setEditing(e.id)}>
                  Change case file {i + 1}
                </button>
                <button type="button" className="button button-quiet" onClick={() => void remove(e.id)}>
                  Remove case file {i + 1}
                </button>
              </p>
            )}
          </article>
        ),
      )}
    </section>
  );
}
