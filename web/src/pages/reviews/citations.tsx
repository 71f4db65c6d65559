/**
 * Citations as readers see them: each cited evidence item by title and date, linked to the item
 * in the person's living document. A citation whose item is gone reads as such, never as text
 * that looks like evidence.
 */
import { formatDate } from '../../format';
import { Link } from '../../router/Link';
import type { Schemas } from '../../api/openapi.gen';

export type CitedItem = Schemas['CitedItem'];

export const itemPath = (person: string, item: string) => `/people/${encodeURIComponent(person)}/document#evidence-${encodeURIComponent(item)}`;

export function CitationList({ person, ids, cited, label = 'Evidence cited' }: { person: string; ids: readonly string[]; cited: readonly CitedItem[]; label?: string }) {
  if (ids.length === 0) return <p className="muted">No evidence cited.</p>;
  return (
    <div className="citations">
      <p className="muted">{label}:</p>
      <ul aria-label={label}>
        {ids.map((id) => {
          const item = cited.find((c) => c.id === id);
          return (
            <li key={id}>
              {item ? (
                <>
                  <Link to={itemPath(person, id)}>{item.title}</Link>
                  {item.date && <span className="muted"> · {formatDate(item.date)}</span>}
                </>
              ) : (
                <span className="muted">An item no longer in the living document ({id})</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Free text beside the citations, labelled so nobody mistakes it for evidence. */
export function ContextNote({ text }: { text: string }) {
  if (text.trim() === '') return null;
  return (
    <p className="context-note">
      <span className="tag">Context, not evidence</span> {text}
    </p>
  );
}
