/**
 * The dimensions a promotion case must cover: those the ladder describes at the target level. A
 * sparse ladder may describe only some dimensions at a level; a ladder that describes none there
 * asks for every dimension, so a case is never "fully covered" by having nothing to cover.
 */
import type { Ladder } from '../ladder/model.js';
import type { TargetDimension } from './model.js';

export function targetDimensions(ladder: Ladder, levelId: string): TargetDimension[] {
  const cells = ladder.cells.filter((c) => c.level === levelId && c.entries.length > 0);
  const described = new Set(cells.map((c) => c.dimension));
  const dims = described.size > 0 ? ladder.dimensions.filter((d) => described.has(d.id)) : ladder.dimensions;
  return dims.map((d) => ({ id: d.id, name: d.name, expected: cells.filter((c) => c.dimension === d.id).flatMap((c) => c.entries.map((e) => e.summary)) }));
}
