/**
 * "What growth looks like from L3 to L4": per dimension, what the next level asks for beside what
 * the current one does. In a cumulative ladder the higher level includes the lower, so the
 * entries that are `added` are what is new; entries `notRepeated` still apply there. In a
 * non-cumulative ladder `notRepeated` entries are simply not listed at the higher level.
 */
import { entriesMissingFrom } from './diff-versions.js';
import { nextLevel } from './level-lookup.js';
import type { Ladder, LadderCellEntry, LadderDimension, LadderLevel } from './model.js';

export interface DimensionStep {
  dimension: LadderDimension;
  current: LadderCellEntry[];
  next: LadderCellEntry[];
  /** At the higher level and not the lower: what is new. */
  added: LadderCellEntry[];
  /** At the lower level and not repeated at the higher. */
  notRepeated: LadderCellEntry[];
}

export interface LevelDiff {
  from: LadderLevel;
  to: LadderLevel;
  /** `to` is the level right above `from` on its track. */
  adjacent: boolean;
  cumulative: boolean;
  dimensions: DimensionStep[];
}

const entriesOf = (l: Ladder, level: string, dimension: string): LadderCellEntry[] => l.cells.find((c) => c.level === level && c.dimension === dimension)?.entries ?? [];

/** The step between two levels of one ladder (by id); undefined when either level is not in it. */
export function diffLevels(ladder: Ladder, fromId: string, toId: string): LevelDiff | undefined {
  const from = ladder.levels.find((l) => l.id === fromId);
  const to = ladder.levels.find((l) => l.id === toId);
  if (from === undefined || to === undefined) return undefined;
  return {
    from,
    to,
    adjacent: nextLevel(ladder, from, to.track)?.id === to.id,
    cumulative: ladder.cumulative,
    dimensions: ladder.dimensions.map((dimension) => {
      const current = entriesOf(ladder, from.id, dimension.id);
      const next = entriesOf(ladder, to.id, dimension.id);
      return { dimension, current, next, added: entriesMissingFrom(next, current), notRepeated: entriesMissingFrom(current, next) };
    }),
  };
}
