/**
 * The two setup steps that other features own, started from good defaults: a bundled ladder
 * (imported and published through the ladder import) and the article's five review signals
 * (published through the rubric's own use case, so it is audited and announced the same way).
 */
import type { Actor } from '../../core/access/actor.js';
import { defaultRubric, defaultRubricId } from '../../core/review/default-rubric.js';
import { assertAllowed } from '../authorize.js';
import { TrellisError } from '../../errors.js';
import { importLadder, type ImportLadderResult } from '../ladders/import-ladder.js';
import { publishRubric } from '../reviews/publish-rubric.js';
import { bundledLadders, readBundledLadder } from './bundled-ladders.js';
import type { SetupDeps } from './deps.js';

export async function adoptBundledLadder(deps: SetupDeps, actor: Actor, id: string): Promise<ImportLadderResult> {
  const bundled = await readBundledLadder(id);
  if (!bundled) throw new TrellisError('BAD_INPUT', `No bundled ladder "${id}".`, [{ field: 'ladder', message: `must be one of ${bundledLadders.map((l) => l.id).join(', ')}` }]);
  return importLadder(deps, actor, { text: bundled.text, fileName: bundled.ladder.file, id: 'engineering', ...(bundled.ladder.attribution ? { attribution: bundled.ladder.attribution } : {}) });
}

/**
 * A starting point, not an editor: when the organisation already has published signals the step is
 * done and this changes nothing (no new version, no announcement, no clash with a running cycle).
 * Changes to published signals go through the rubric page, where they are versioned and announced.
 */
export async function adoptDefaultSignals(deps: SetupDeps, actor: Actor): Promise<void> {
  assertAllowed(actor, 'write', { type: 'rubric' });
  if (await deps.data.rubrics.latestPublished(defaultRubricId)) return;
  const { name, signals, scale } = defaultRubric();
  await publishRubric(deps, actor, { name, signals, scale });
}
