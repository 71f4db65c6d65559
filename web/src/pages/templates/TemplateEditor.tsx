/**
 * One template kind: the version in force and the earlier ones, and — for administrators — a form
 * that saves the next version. Prompts get the lint's hints live: a template that asks for vague
 * words teaches them to everyone who writes against it.
 */
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { Schemas } from '../../api/openapi.gen';
import { FormError, TextAreaField } from '../../components/Fields';
import { DataTable } from '../../components/Table';
import { formatDate } from '../../format';
import { useApi } from '../../hooks/useApi';
import { Async } from '../../components/Async';
import { describeFailure } from '../living-document/errors';

type Template = Schemas['Template'];
type Section = Template['sections'][number];

export function TemplateEditor({ kind, mayEdit, onSaved }: { kind: Template['kind']; mayEdit: boolean; onSaved: () => void }) {
  const result = useApi(`template:${kind}`, (signal) => api('GET /api/templates/{kind}', { params: { kind }, signal }));
  return (
    <Async result={result} label="the template">
      {(v) => (
        <>
          <section className="panel" aria-labelledby="current-title">
            <h2 id="current-title">
              {v.current.name}: version {v.current.version}
              {v.current.builtIn && <span className="tag">Trellis default</span>}
            </h2>
            {mayEdit ? (
              <EditForm key={`${kind}@${v.current.version}`} template={v.current} onSaved={() => { result.retry(); onSaved(); }} />
            ) : (
              <dl className="template-sections">
                {v.current.sections.map((s) => (
                  <div key={s.heading}>
                    <dt>{s.heading}</dt>
                    <dd>{s.prompt}</dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
          <section className="panel" aria-labelledby="versions-title">
            <h2 id="versions-title">Versions</h2>
            <p className="muted">What was written with an older version keeps it: a 1:1 or a plan shows the version it was written with.</p>
            <DataTable
              caption={`Versions of the ${v.current.name.toLowerCase()} template, newest first`}
              columns={[
                { key: 'v', header: 'Version', rowHeader: true, cell: (t) => `Version ${t.version}`, sortBy: (t) => t.version },
                { key: 'title', header: 'Title', cell: (t) => t.title },
                { key: 'sections', header: 'Sections', cell: (t) => t.sections.map((s) => s.heading).join(' · ') },
                { key: 'at', header: 'Saved', cell: (t) => (t.createdAt ? formatDate(t.createdAt) : 'Trellis default') },
              ]}
              rows={v.versions}
              rowKey={(t) => String(t.version)}
            />
          </section>
        </>
      )}
    </Async>
  );
}

function EditForm({ template, onSaved }: { template: Template; onSaved: () => void }) {
  const id = useId();
  const [title, setTitle] = useState(template.title);
  const [sections, setSections] = useState<Section[]>(template.sections);
  const [error, setError] = useState('');
  const change = (i: number, patch: Partial<Section>) => setSections((list) => list.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  async function save(e: FormEvent) {
    e.preventDefault();
    setError('');
    try {
      await api('PUT /api/templates/{kind}', { params: { kind: template.kind }, body: { title, sections } });
      onSaved();
    } catch (err) {
      setError(describeFailure(err));
    }
  }
  return (
    <form onSubmit={(e) => void save(e)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      {sections.map((s, i) => (
        <fieldset key={i}>
          <legend>Section {i + 1}</legend>
          <div className="field">
            <label htmlFor={`${id}-h${i}`}>Heading</label>
            <input id={`${id}-h${i}`} value={s.heading} onChange={(e) => change(i, { heading: e.target.value })} />
          </div>
          <TextAreaField id={`${id}-p${i}`} label={`Prompt for “${s.heading || `section ${i + 1}`}”`} rows={2} value={s.prompt} onChange={(prompt) => change(i, { prompt })} lint />
          <button type="button" className="button secondary" onClick={() => setSections((l) => l.filter((_, j) => j !== i))}>
            Remove section {i + 1}
          </button>
        </fieldset>
      ))}
      <p className="actions">
        <button type="button" className="button secondary" onClick={() => setSections((l) => [...l, { heading: '', prompt: '' }])}>
          Add a section
        </button>
        <button type="submit" className="button">
          Save as version {template.version + 1}
        </button>
      </p>
      <FormError message={error} />
    </form>
  );
}
