/**
 * A webhook event knows only part of a record; the store may know the rest (from an earlier
 * event, git ingestion or a file import). Upsert replaces a record whole, so before writing, the
 * event's record is laid over the stored one:
 *
 * - fields the event does not carry are kept (a deployment's `changes[]` from git ingestion, a
 *   change's `deployment`, an incident's `causedBy` set by hand);
 * - a change's `isMerge` is kept when stored: push payloads carry no parents, git does;
 * - an incident keeps its earliest start and detection (a resolved event may carry only its own
 *   time), while `resolvedAt` follows the event: it reflects the incident's current state, so a
 *   reopened issue or re-triggered incident is unresolved again;
 * - a pull request keeps its earliest opening and its *first* review (time and reviewer together):
 *   each review event carries only its own.
 */
import type { TrellisRecord } from '../../core/records/schemas.js';

const earliest = (a: string | undefined, b: string | undefined): string | undefined =>
  a === undefined ? b : b === undefined ? a : Date.parse(a) <= Date.parse(b) ? a : b;

export function mergeWithStored(incoming: TrellisRecord, stored: TrellisRecord | undefined): TrellisRecord {
  if (stored === undefined || stored.kind !== incoming.kind) return incoming;
  const merged = { ...stored, ...incoming } as TrellisRecord;
  if (merged.kind === 'change' && stored.kind === 'change' && stored.isMerge !== undefined) merged.isMerge = stored.isMerge;
  if (merged.kind === 'incident' && stored.kind === 'incident' && incoming.kind === 'incident') {
    merged.startedAt = earliest(stored.startedAt, incoming.startedAt)!;
    const detectedAt = earliest(stored.detectedAt, incoming.detectedAt);
    if (detectedAt !== undefined) merged.detectedAt = detectedAt;
    if (incoming.resolvedAt === undefined) delete merged.resolvedAt;
  }
  if (merged.kind === 'pull_request' && stored.kind === 'pull_request' && incoming.kind === 'pull_request') {
    merged.openedAt = earliest(stored.openedAt, incoming.openedAt)!;
    const first = earliest(stored.firstReviewAt, incoming.firstReviewAt);
    const from = first === stored.firstReviewAt ? stored : incoming;
    delete merged.firstReviewAt;
    delete merged.firstReviewer;
    if (first !== undefined) merged.firstReviewAt = first;
    if (first !== undefined && from.firstReviewer !== undefined) merged.firstReviewer = from.firstReviewer;
  }
  return merged;
}
