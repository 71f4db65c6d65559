/**
 * `/reporting-lines`: the whole organisation by manager, from the top down. Opens one level
 * deep; a search opens the lines leading to every match.
 */
import { useEffect, useMemo, useState } from 'react';
import { api } from '../../api/client';
import type { Person } from '../../api/operations';
import { Async } from '../../components/Async';
import { PageHeader } from '../../components/PageHeader';
import { SearchBox } from '../../components/SearchBox';
import { Empty } from '../../components/States';
import { useTeams } from '../../components/TeamFilter';
import { plural } from '../../format';
import { useApi } from '../../hooks/useApi';
import { useLocation } from '../../router/location';
import { fetchAllPeople } from './fetch-all-people';
import { buildOrgTree, searchOrgTree, type OrgNode } from './org-tree';
import { OrgTree } from './OrgTree';

export function ReportingLinesPage() {
  const people = useApi('all-people', (signal) => fetchAllPeople(api, signal));
  return (
    <>
      <PageHeader title="Reporting lines" lead="Who reports to whom, from the top of the organisation." />
      <SearchBox label="Find a person" placeholder="Name or id" />
      <Async result={people} label="the organisation">
        {(list) => <Tree people={list} />}
      </Async>
    </>
  );
}

function Tree({ people }: { people: Person[] }) {
  const roots = useMemo(() => buildOrgTree(people.filter((p) => p.active)), [people]);
  const q = useLocation().query.get('q') ?? '';
  const teams = useTeams();
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(roots.map((r) => r.person.id)));
  const found = useMemo(() => searchOrgTree(roots, q), [roots, q]);

  // A new search opens the lines to its matches; what the user opened stays open.
  useEffect(() => {
    if (found.open.size > 0) setOpen((current) => new Set([...current, ...found.open]));
  }, [found]);

  const toggle = (id: string): void =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  if (roots.length === 0) return <Empty>There are no people yet.</Empty>;
  return (
    <>
      <div className="toolbar">
        <button type="button" className="button button-quiet" onClick={() => setOpen(new Set(everyone(roots)))}>
          Expand all
        </button>
        <button type="button" className="button button-quiet" onClick={() => setOpen(new Set())}>
          Collapse all
        </button>
        <p className="muted" aria-live="polite">
          {q ? (found.matches.size === 0 ? `Nobody matches “${q}”.` : `${plural(found.matches.size, 'person', 'people')} ${found.matches.size === 1 ? 'matches' : 'match'} “${q}”.`) : ''}
        </p>
      </div>
      <OrgTree nodes={roots} open={open} matches={found.matches} onToggle={toggle} teamName={teams.name} />
    </>
  );
}

function everyone(nodes: readonly OrgNode[]): string[] {
  return nodes.flatMap((n) => [n.person.id, ...everyone(n.reports)]);
}
