/** Publishing a draft version: from then on it never changes, and everyone signed in can read it. */
import type { Actor } from '../../core/access/actor.js';
import { TrellisError } from '../../errors.js';
import { actorAccountOf, auditEntry } from '../audit/audit-entry.js';
import { assertAllowed } from '../authorize.js';
import type { LadderDeps } from './deps.js';

export interface PublishLadderResult {
  id: string;
  version: number;
  publishedAt: number;
  /** It was published before; nothing changed. */
  alreadyPublished: boolean;
}

export async function publishLadder(deps: LadderDeps, actor: Actor, id: string, version: number): Promise<PublishLadderResult> {
  assertAllowed(actor, 'write', { type: 'ladder' });
  const { runtime } = deps;
  return deps.data.transaction(async (r) => {
    const at = runtime.now();
    const outcome = await r.ladders.publish(id, version, at);
    if (outcome === 'not-found') throw new TrellisError('NOT_FOUND', `Ladder "${id}" has no version ${version}.`);
    if (outcome === 'already-published') {
      const existing = await r.ladders.get(id, version);
      return { id, version, publishedAt: existing!.publishedAt!, alreadyPublished: true };
    }
    await r.audit.append(auditEntry(runtime, actorAccountOf(actor), { action: 'publish', resourceType: 'ladder', resourceId: `${id}@${version}` }));
    return { id, version, publishedAt: at, alreadyPublished: false };
  });
}
