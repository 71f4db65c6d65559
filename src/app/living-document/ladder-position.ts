/**
 * Where a person stands on the published ladder and the gaps to the next level, from their
 * evidence. No published ladder, or a level the ladder does not name, are values with a message:
 * the rest of the document still shows.
 */
import { ladderPosition, type EvidenceItem, type LadderPosition } from '../../core/evidence/index.js';
import { levelFor, nextLevel } from '../../core/ladder/level-lookup.js';
import type { Repositories } from '../../store/data-access.js';
import type { Person } from '../../store/org-repository.js';

export interface LadderPositionView {
  status: 'placed' | 'no-ladder' | 'level-unknown';
  message: string | null;
  /** The published ladder version read. */
  version: number | null;
  position: LadderPosition | null;
}

export async function ladderPositionOf(r: Pick<Repositories, 'ladders'>, person: Person, items: readonly EvidenceItem[]): Promise<LadderPositionView> {
  const published = await r.ladders.latestPublished();
  if (!published) return { status: 'no-ladder', message: 'No career ladder is published yet.', version: null, position: null };
  const ladder = published.ladder;
  const current = levelFor(ladder, person.level);
  if (!current) {
    const message = person.level ? `Level "${person.level}" is not on the ${ladder.name}.` : `${person.name} has no level on record.`;
    return { status: 'level-unknown', message, version: published.version, position: null };
  }
  const next = nextLevel(ladder, current, person.track) ?? null;
  return { status: 'placed', message: next === null ? 'At the top of the ladder.' : null, version: published.version, position: ladderPosition(ladder, current, next, items) };
}
