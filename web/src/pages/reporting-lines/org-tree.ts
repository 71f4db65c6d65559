/**
 * The organisation as a tree of reporting lines, built from each person's `manager`. Pure, so
 * the shapes that real data has (managers who left, people whose manager is unknown, a cycle
 * that slipped past import) are tested without a browser.
 */
export interface OrgPerson {
  id: string;
  name: string;
  manager: string | null;
  team: string | null;
  level: string | null;
}

export interface OrgNode {
  person: OrgPerson;
  reports: OrgNode[];
  /** Everyone below, at any depth. */
  size: number;
}

const byName = (a: OrgNode, b: OrgNode): number => a.person.name.localeCompare(b.person.name);

/**
 * Roots are people with no manager, or whose manager is not among `people` (has left); a tree
 * is sorted by name at every level. Anyone caught in a cycle is promoted to a root once, so
 * every person appears exactly once.
 */
export function buildOrgTree(people: readonly OrgPerson[]): OrgNode[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const reportsOf = new Map<string, OrgPerson[]>();
  for (const p of people) {
    if (p.manager && p.manager !== p.id && byId.has(p.manager)) {
      reportsOf.set(p.manager, [...(reportsOf.get(p.manager) ?? []), p]);
    }
  }
  const placed = new Set<string>();
  const grow = (person: OrgPerson): OrgNode => {
    placed.add(person.id);
    const reports = (reportsOf.get(person.id) ?? []).filter((r) => !placed.has(r.id)).map(grow).sort(byName);
    return { person, reports, size: reports.reduce((n, r) => n + 1 + r.size, 0) };
  };
  const isRoot = (p: OrgPerson): boolean => !p.manager || p.manager === p.id || !byId.has(p.manager);
  const roots = people.filter(isRoot).map(grow);
  for (const p of people) if (!placed.has(p.id)) roots.push(grow(p));
  return roots.sort(byName);
}

/**
 * For a search: the ids of matching people and the ids to expand so each match is visible
 * (its managers up the line).
 */
export function searchOrgTree(roots: readonly OrgNode[], query: string): { matches: Set<string>; open: Set<string> } {
  const matches = new Set<string>();
  const open = new Set<string>();
  const q = query.trim().toLowerCase();
  if (!q) return { matches, open };
  const visit = (node: OrgNode, line: string[]): void => {
    const { id, name } = node.person;
    if (name.toLowerCase().includes(q) || id.toLowerCase().includes(q)) {
      matches.add(id);
      for (const managerId of line) open.add(managerId);
    }
    for (const r of node.reports) visit(r, [...line, id]);
  };
  for (const root of roots) visit(root, []);
  return { matches, open };
}
