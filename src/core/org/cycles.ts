/**
 * Reporting lines (person → manager) and team trees (team → parent) must be acyclic: a cycle
 * would make "everyone in my reporting line" infinite, and access rules depend on that line.
 */

/**
 * Every cycle in a child → parent map, each listed once starting from its smallest id, so the
 * error message is stable. Parents that are not keys end a chain (they are roots or unknown).
 */
export function findCycles(parentOf: ReadonlyMap<string, string | null | undefined>): string[][] {
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[][] = [];
  for (const start of parentOf.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    let node: string | null | undefined = start;
    while (node != null && parentOf.has(node) && !state.has(node)) {
      state.set(node, 'visiting');
      path.push(node);
      node = parentOf.get(node);
    }
    if (node != null && state.get(node) === 'visiting') {
      const cycle = path.slice(path.indexOf(node));
      cycles.push(rotateToSmallest(cycle));
    }
    for (const n of path) state.set(n, 'done');
  }
  return cycles.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

function rotateToSmallest(cycle: string[]): string[] {
  let min = 0;
  for (let i = 1; i < cycle.length; i++) if (cycle[i]! < cycle[min]!) min = i;
  return [...cycle.slice(min), ...cycle.slice(0, min)];
}

/** Everyone below `root` in a person → manager map (not including root). */
export function reportingLine(managerOf: ReadonlyMap<string, string | null | undefined>, root: string): string[] {
  const reports = new Map<string, string[]>();
  for (const [person, manager] of managerOf) {
    if (manager == null) continue;
    const list = reports.get(manager) ?? [];
    list.push(person);
    reports.set(manager, list);
  }
  const out: string[] = [];
  const seen = new Set<string>([root]);
  const queue = [root];
  while (queue.length > 0) {
    const m = queue.shift()!;
    for (const r of reports.get(m) ?? []) {
      if (seen.has(r)) continue;
      seen.add(r);
      out.push(r);
      queue.push(r);
    }
  }
  return out.sort();
}
