/**
 * What the ladder use cases share: the repositories and the clock, and the loads they start with.
 * Drafts are seen only by those who may publish (calibrators, administrators, the command line);
 * published versions by everyone signed in (the access policy's `ladder` rule).
 */
import type { Actor } from '../../core/access/actor.js';
import { can } from '../../core/access/policy.js';
import { TrellisError } from '../../errors.js';
import type { DataAccess } from '../../store/data-access.js';
import type { StoredLadderVersion } from '../../store/ladder-repository.js';
import { assertAllowed } from '../authorize.js';
import type { Runtime } from '../runtime.js';

export interface LadderDeps {
  data: DataAccess;
  runtime: Runtime;
}

export const mayEditLadders = (actor: Actor): boolean => can(actor, 'write', { type: 'ladder' }).allowed;

/** Which version to read: a number, or the newest published when absent. */
export interface VersionRef {
  /** Absent: the default ladder (the one published most recently). */
  id?: string | undefined;
  version?: number | undefined;
}

/** Loads a version the actor may read, or fails with NOT_FOUND / FORBIDDEN saying which. */
export async function loadVersion(deps: LadderDeps, actor: Actor, ref: VersionRef): Promise<StoredLadderVersion> {
  assertAllowed(actor, 'read', { type: 'ladder' });
  const { ladders } = deps.data;
  if (ref.version !== undefined) {
    if (ref.id === undefined) throw new TrellisError('BAD_INPUT', 'Name the ladder whose version you want.', [{ field: 'id', message: 'is required with a version' }]);
    const found = await ladders.get(ref.id, ref.version);
    if (!found) throw new TrellisError('NOT_FOUND', `Ladder "${ref.id}" has no version ${ref.version}.`);
    if (found.publishedAt === null && !mayEditLadders(actor)) throw new TrellisError('FORBIDDEN', `Version ${ref.version} of "${ref.id}" is a draft; drafts are seen by calibrators and administrators until published.`);
    return found;
  }
  const published = await ladders.latestPublished(ref.id);
  if (published) return published;
  if (ref.id === undefined) throw new TrellisError('NOT_FOUND', 'No career ladder is published yet.');
  const latest = await ladders.latest(ref.id);
  if (!latest) throw new TrellisError('NOT_FOUND', `No ladder with id "${ref.id}".`);
  if (mayEditLadders(actor)) return latest;
  throw new TrellisError('NOT_FOUND', `Ladder "${ref.id}" has no published version yet.`);
}
