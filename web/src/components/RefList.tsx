/** A titled list of linked records (members, child teams, reports) with its own empty sentence. */
import type { Ref } from '../api/operations';
import { Link } from '../router/Link';
import { Empty } from './States';

export interface RefListProps {
  title: string;
  items: readonly Ref[];
  /** Where one item links to: `(id) => /people/${id}`. */
  href: (id: string) => string;
  empty: string;
}

export function RefList({ title, items, href, empty }: RefListProps) {
  const headingId = `list-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span className="count">{items.length}</span>
      </h2>
      {items.length === 0 ? (
        <Empty>{empty}</Empty>
      ) : (
        <ul className="ref-list">
          {items.map((item) => (
            <li key={item.id}>
              <Link to={href(item.id)}>{item.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
