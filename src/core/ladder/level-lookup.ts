/**
 * Placing a person on a ladder. People records carry a free-text `level` ("L4", "Senior 1",
 * "senior-1") and a `track` (`ic`, `manager`); ladders name their levels their own way, so a
 * level matches by id, name or any alias, ignoring case and surrounding space.
 */
import type { Ladder, LadderLevel } from './model.js';

const norm = (s: string): string => s.trim().toLowerCase();

/** The ladder level a person's `level` string names, or undefined when none does. */
export function levelFor(ladder: Ladder, personLevel: string | null | undefined): LadderLevel | undefined {
  if (personLevel === null || personLevel === undefined || personLevel.trim() === '') return undefined;
  const wanted = norm(personLevel);
  return (
    ladder.levels.find((l) => norm(l.id) === wanted) ??
    ladder.levels.find((l) => norm(l.name) === wanted) ??
    ladder.levels.find((l) => (l.aliases ?? []).some((a) => norm(a) === wanted))
  );
}

/** Whether a level is open to a person on `track` (levels without a track are shared by all). */
function onTrack(level: LadderLevel, track: string | undefined): boolean {
  return track === undefined || level.track === undefined || level.track === track;
}

/**
 * The level above `level`: the lowest rank above it on the same track. Where tracks fork (a
 * shared level with an IC and a manager level above it), `track` chooses — the person's own, or
 * the level's — and without one the first in ladder order wins. Undefined at the top.
 */
export function nextLevel(ladder: Ladder, level: LadderLevel | string, track?: string | null): LadderLevel | undefined {
  const current = typeof level === 'string' ? ladder.levels.find((l) => l.id === level) : level;
  if (current === undefined) return undefined;
  const wantTrack = current.track ?? track ?? undefined;
  const above = ladder.levels.filter((l) => l.rank > current.rank);
  const candidates = above.filter((l) => onTrack(l, wantTrack));
  const pool = candidates.length > 0 ? candidates : above.filter((l) => l.track === undefined);
  const lowest = Math.min(...pool.map((l) => l.rank));
  return pool.find((l) => l.rank === lowest);
}

/** The levels in ladder order by rank (stable for levels sharing a rank). */
export function levelsByRank(ladder: Ladder): LadderLevel[] {
  return ladder.levels.map((l, i) => ({ l, i })).sort((a, b) => a.l.rank - b.l.rank || a.i - b.i).map((x) => x.l);
}
