/**
 * The reporting-lines tree as nested lists with disclosure buttons (aria-expanded): every
 * control is a plain button or link, so Tab and Enter are all a keyboard user needs.
 */
import { Link } from '../../router/Link';
import { paths } from '../../paths';
import type { OrgNode } from './org-tree';

export interface OrgTreeProps {
  nodes: readonly OrgNode[];
  open: ReadonlySet<string>;
  matches: ReadonlySet<string>;
  onToggle: (id: string) => void;
  teamName: (id: string) => string;
}

export function OrgTree(props: OrgTreeProps) {
  return (
    <ul className="org-tree">
      {props.nodes.map((node) => (
        <OrgBranch key={node.person.id} node={node} {...props} />
      ))}
    </ul>
  );
}

function OrgBranch({ node, ...props }: OrgTreeProps & { node: OrgNode }) {
  const { person, reports, size } = node;
  const expanded = props.open.has(person.id);
  const listId = `reports-of-${person.id}`;
  return (
    <li>
      <div className={props.matches.has(person.id) ? 'org-row org-match' : 'org-row'}>
        {reports.length > 0 ? (
          <button
            type="button"
            className="disclosure"
            aria-expanded={expanded}
            aria-controls={expanded ? listId : undefined}
            onClick={() => props.onToggle(person.id)}
          >
            <span className="visually-hidden">{expanded ? 'Hide' : 'Show'} reports of {person.name}</span>
          </button>
        ) : (
          <span className="disclosure-spacer" aria-hidden="true" />
        )}
        <Link to={paths.person(person.id)}>{person.name}</Link>
        <span className="muted">
          {[person.team ? props.teamName(person.team) : undefined, person.level].filter(Boolean).join(' · ')}
        </span>
        {size > 0 && <span className="count" title="People in this reporting line">{size}</span>}
      </div>
      {expanded && reports.length > 0 && (
        <ul id={listId} className="org-tree" aria-label={`Reports of ${person.name}`}>
          {reports.map((r) => (
            <OrgBranch key={r.person.id} node={r} {...props} />
          ))}
        </ul>
      )}
    </li>
  );
}
