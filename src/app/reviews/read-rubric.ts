/** Read a rubric version (the latest published one by default) with its announcements: published to every signed-in person. */
import type { Actor } from '../../core/access/actor.js';
import { defaultRubricId } from '../../core/review/default-rubric.js';
import { TrellisError } from '../../errors.js';
import type { RubricAnnouncement, StoredRubric } from '../../store/review-rubric-repository.js';
import { assertAllowed } from '../authorize.js';
import type { ReviewDeps } from './deps.js';

export interface RubricView {
  rubric: StoredRubric;
  /** Every version number, oldest first. */
  versions: number[];
  announcements: RubricAnnouncement[];
}

export async function readRubric(deps: ReviewDeps, actor: Actor, q: { id?: string; version?: number } = {}): Promise<RubricView> {
  assertAllowed(actor, 'read', { type: 'rubric' });
  const id = q.id ?? defaultRubricId;
  const rubric = q.version === undefined ? await deps.data.rubrics.latestPublished(id) : await deps.data.rubrics.get(id, q.version);
  if (!rubric) throw new TrellisError('NOT_FOUND', q.version === undefined ? `Rubric "${id}" has no published version yet.` : `Rubric "${id}" has no version ${q.version}.`);
  const [versions, announcements] = [await deps.data.rubrics.versions(id), await deps.data.rubrics.announcements(id)];
  return { rubric, versions: versions.map((v) => v.version), announcements };
}
