import { describe, expect, it } from 'vitest';
import { buildOrgTree, searchOrgTree, type OrgNode, type OrgPerson } from './org-tree';

const p = (id: string, manager: string | null): OrgPerson => ({ id, name: id.toUpperCase(), manager, team: null, level: null });

function shape(nodes: OrgNode[]): unknown[] {
  return nodes.map((n) => (n.reports.length ? { [n.person.id]: shape(n.reports) } : n.person.id));
}

describe('buildOrgTree', () => {
  it('starts at people without a manager and nests reports, sorted by name', () => {
    const tree = buildOrgTree([p('sofia', 'priya'), p('priya', null), p('amara', 'sofia'), p('dev', 'priya')]);
    expect(shape(tree)).toEqual([{ priya: ['dev', { sofia: ['amara'] }] }]);
    expect(tree[0]?.size).toBe(3);
  });

  it('treats someone whose manager is not in the list (has left) as a top of a line', () => {
    expect(shape(buildOrgTree([p('jonas', 'gone'), p('mei', null)]))).toEqual(['jonas', 'mei']);
  });

  it('places everyone exactly once even when reporting lines form a cycle', () => {
    const tree = buildOrgTree([p('a', 'b'), p('b', 'a'), p('c', 'c')]);
    const ids = (nodes: OrgNode[]): string[] => nodes.flatMap((n) => [n.person.id, ...ids(n.reports)]);
    expect(ids(tree).sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('searchOrgTree', () => {
  it('finds matches by name or id and opens the lines above them', () => {
    const tree = buildOrgTree([p('priya', null), p('sofia', 'priya'), p('amara', 'sofia'), p('dev', 'priya')]);
    const { matches, open } = searchOrgTree(tree, 'amA');
    expect([...matches]).toEqual(['amara']);
    expect([...open].sort()).toEqual(['priya', 'sofia']);
    expect(searchOrgTree(tree, '  ').matches.size).toBe(0);
  });
});
