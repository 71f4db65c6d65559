/**
 * What changed between two versions of a ladder: levels, dimensions and cells added, removed or
 * changed. Levels and dimensions match by id; a cell matches by (level, dimension) and its entries
 * by content, so a reworded entry shows as one removed and one added — what a reader needs to
 * see before a cycle moves to the new version.
 */
import type { Ladder, LadderCell, LadderCellEntry, LadderDimension, LadderLevel } from './model.js';

export interface Changed<T> {
  id: string;
  from: T;
  to: T;
}

export interface Delta<T> {
  added: T[];
  removed: T[];
  changed: Changed<T>[];
}

export interface CellChange {
  level: string;
  dimension: string;
  added: LadderCellEntry[];
  removed: LadderCellEntry[];
}

export interface LadderVersionDiff {
  name: { from: string; to: string } | null;
  cumulative: { from: boolean; to: boolean } | null;
  levels: Delta<LadderLevel>;
  dimensions: Delta<LadderDimension>;
  cells: { added: LadderCell[]; removed: LadderCell[]; changed: CellChange[] };
  /** True when nothing above differs. */
  same: boolean;
}

/** JSON with keys sorted: equal for equal content whatever the key order. */
export function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x as Record<string, unknown>).filter(([, y]) => y !== undefined).sort(([a], [b]) => a.localeCompare(b))) : x,
  );
}

function delta<T extends { id: string }>(from: T[], to: T[]): Delta<T> {
  const before = new Map(from.map((x) => [x.id, x]));
  const after = new Map(to.map((x) => [x.id, x]));
  return {
    added: to.filter((x) => !before.has(x.id)),
    removed: from.filter((x) => !after.has(x.id)),
    changed: to.flatMap((x) => {
      const old = before.get(x.id);
      return old !== undefined && canonical(old) !== canonical(x) ? [{ id: x.id, from: old, to: x }] : [];
    }),
  };
}

/** Entries of `a` with no equal entry in `b` (each entry of `b` used once). */
export function entriesMissingFrom(a: LadderCellEntry[], b: LadderCellEntry[]): LadderCellEntry[] {
  const pool = b.map(canonical);
  return a.filter((e) => {
    const i = pool.indexOf(canonical(e));
    if (i < 0) return true;
    pool.splice(i, 1);
    return false;
  });
}

const cellKey = (c: LadderCell): string => `${c.level}\u0000${c.dimension}`;

export function diffLadderVersions(from: Ladder, to: Ladder): LadderVersionDiff {
  const before = new Map(from.cells.filter((c) => c.entries.length > 0).map((c) => [cellKey(c), c]));
  const after = new Map(to.cells.filter((c) => c.entries.length > 0).map((c) => [cellKey(c), c]));
  const changed: CellChange[] = [];
  for (const [key, c] of after) {
    const old = before.get(key);
    if (old === undefined) continue;
    const added = entriesMissingFrom(c.entries, old.entries);
    const removed = entriesMissingFrom(old.entries, c.entries);
    if (added.length > 0 || removed.length > 0) changed.push({ level: c.level, dimension: c.dimension, added, removed });
  }
  const diff = {
    name: from.name === to.name ? null : { from: from.name, to: to.name },
    cumulative: from.cumulative === to.cumulative ? null : { from: from.cumulative, to: to.cumulative },
    levels: delta(from.levels, to.levels),
    dimensions: delta(from.dimensions, to.dimensions),
    cells: { added: [...after].filter(([k]) => !before.has(k)).map(([, c]) => c), removed: [...before].filter(([k]) => !after.has(k)).map(([, c]) => c), changed },
  };
  const empty = (d: { added: unknown[]; removed: unknown[]; changed: unknown[] }) => d.added.length + d.removed.length + d.changed.length === 0;
  return { ...diff, same: diff.name === null && diff.cumulative === null && empty(diff.levels) && empty(diff.dimensions) && empty(diff.cells) };
}
