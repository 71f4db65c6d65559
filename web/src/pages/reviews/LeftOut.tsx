/**
 * Who a cycle leaves out: a cycle covers active people with a team, so an engineer imported
 * without a team would vanish from it. The cycle and compensation pages name them, linked to
 * their profiles, so someone fixes the record instead of nobody noticing.
 */
import { paths } from '../../paths';
import { Link } from '../../router/Link';

/** Active people with no team are not in the cycle: named, so an engineer imported without a team is not silently dropped. */
export function LeftOut({ people }: { people: readonly { id: string; name: string }[] }) {
  if (people.length === 0) return null;
  return (
    <p className="notice" role="note" data-testid="left-out">
      {people.length === 1 ? '1 active person has no team and is not in this cycle: ' : `${people.length} active people have no team and are not in this cycle: `}
      {people.map((p, i) => (
        <span key={p.id}>
          {i > 0 && ', '}
          <Link to={paths.person(p.id)}>{p.name}</Link>
        </span>
      ))}
      . Give them a team in the records to include them.
    </p>
  );
}

