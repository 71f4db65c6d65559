/**
 * Publish the rubric: the first version, or a revision as version n + 1 (spec/people.md). A
 * revision is refused while a cycle that uses the rubric runs. Every publication is audited and
 * announced — an announcement row lists what changed — in the same transaction.
 */
import type { Actor } from '../../core/access/actor.js';
import { defaultRubricId } from '../../core/review/default-rubric.js';
import { publishRubric as publish, reviseRubric, rubricChanges, type RubricContent } from '../../core/review/rubric-versions.js';
import type { StoredRubric } from '../../store/review-rubric-repository.js';
import { assertAllowed } from '../authorize.js';
import { newId } from '../runtime.js';
import { accepted, accountOf, audit, type ReviewDeps } from './deps.js';

export interface PublishRubricResult {
  rubric: StoredRubric;
  changes: string[];
}

export async function publishRubric(deps: ReviewDeps, actor: Actor, content: RubricContent, rubricId: string = defaultRubricId): Promise<PublishRubricResult> {
  assertAllowed(actor, 'write', { type: 'rubric' });
  const at = deps.runtime.now();
  return deps.data.transaction(async (r) => {
    const latest = await r.rubrics.latest(rubricId);
    const draft = latest
      ? latest.publishedAt === null
        ? { ...latest, ...content }
        : accepted(reviseRubric(latest, content, await r.cycles.list()))
      : { id: rubricId, version: 1, ...content, publishedAt: null };
    const published = accepted(publish(draft, at), 'BAD_INPUT');
    const lastPublished = await r.rubrics.latestPublished(rubricId);
    const changes = rubricChanges(lastPublished ?? null, published);
    const by = accountOf(actor);
    await r.rubrics.insertVersion(published, by, at);
    await r.rubrics.announce({ id: newId(deps.runtime), rubricId, version: published.version, at, by, changes });
    await r.audit.append(audit(deps, actor, { action: 'publish', resourceType: 'rubric', resourceId: `${rubricId}@${published.version}`, detail: changes.join(' ') }));
    return { rubric: { ...published, publishedBy: by }, changes };
  });
}
