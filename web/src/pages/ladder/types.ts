/** The ladder API's shapes, as the web app uses them (from the OpenAPI snapshot). */
import type { Schemas } from '../../api/openapi.gen';

export type LadderVersion = Schemas['LadderVersion'];
export type LadderLevel = Schemas['LadderLevel'];
export type LadderDimension = Schemas['LadderDimension'];
export type LadderEntry = Schemas['LadderCellEntry'];
export type LevelDiff = Schemas['LadderLevelDiff'];
export type VersionDiff = Schemas['LadderVersionDiff'];

/** Levels in rank order, ladder order within a rank; only those open to `track` (shared levels always). */
export function levelsOn(ladder: LadderVersion, track: string): LadderLevel[] {
  return ladder.levels
    .map((l, i) => ({ l, i }))
    .sort((a, b) => a.l.rank - b.l.rank || a.i - b.i)
    .map((x) => x.l)
    .filter((l) => track === '' || l.track === undefined || l.track === track);
}

/** The level right above `level` among `levels` (already on one track): the next rank up. */
export function levelAbove(levels: readonly LadderLevel[], level: LadderLevel): LadderLevel | undefined {
  return levels.find((l) => l.rank > level.rank);
}

export const tracksOf = (ladder: LadderVersion): string[] => [...new Set(ladder.levels.flatMap((l) => (l.track ? [l.track] : [])))];
