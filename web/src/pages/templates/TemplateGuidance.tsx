/**
 * The organisation's template for a kind of writing, shown as guidance where people write (or
 * read) that record: each section's heading and prompt, and the version in force. Admins change
 * the prompts on /templates and every page that shows them follows. The guidance is help, never a
 * gate: while it loads, or if it cannot be read, the page works without it.
 */
import { api } from '../../api/client';
import type { Schemas } from '../../api/openapi.gen';
import { useApi } from '../../hooks/useApi';
import { Link } from '../../router/Link';

export type Template = Schemas['Template'];
export type TemplateKind = Template['kind'];

/** The version in force of a kind, or null while it loads or when it cannot be read. */
export function useTemplate(kind: TemplateKind): Template | null {
  const result = useApi(`template:${kind}`, (signal) => api('GET /api/templates/{kind}', { params: { kind }, signal }));
  return result.status === 'ok' ? result.data.current : null;
}

/** A section's prompt by its heading (case and spacing ignored), for forms whose fields match. */
export function promptFor(template: Template | null, heading: string): string | undefined {
  const key = heading.trim().toLowerCase();
  return template?.sections.find((s) => s.heading.trim().toLowerCase() === key)?.prompt;
}

export function TemplateGuidance({ template, label, sections = template?.sections ?? [] }: { template: Template | null; label: string; sections?: Template['sections'] }) {
  if (!template || sections.length === 0) return null;
  return (
    <aside className="template-guidance hint" aria-label={label} data-template={template.kind} data-template-version={template.version}>
      <p>
        <strong>{label}</strong> — from the organisation’s {template.title.toLowerCase()} template (<Link to="/templates">version {template.version}</Link>)
      </p>
      <dl>
        {sections.map((s) => (
          <div key={s.heading}>
            <dt>{s.heading}</dt>
            <dd>{s.prompt}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
