/**
 * Changes merged but not yet shipped. A deployment takes everything merged by its cutoff, so
 * each change ships exactly once and in merge order, and whatever is merged after the last
 * deploy stays undeployed at the anchor (as it would in a real repository).
 */
import type { IncidentRecord } from './incidents.js';
import type { PendingChange } from './changes.js';

/** A change in the queue; a hotfix carries the incident it fixes. */
export interface QueuedChange extends PendingChange {
  fixes?: IncidentRecord;
}

export class ReleaseQueue {
  private next = 0;
  private extra: QueuedChange[] = [];
  private readonly added: QueuedChange[] = [];

  /** `ordinary` must be sorted by `mergedAt`; it is consumed in place, never copied. */
  constructor(private readonly ordinary: readonly QueuedChange[]) {}

  /** A change made during the simulation (a revert, a hotfix, a milestone). */
  add(c: QueuedChange): void {
    this.added.push(c);
    this.extra.push(c);
  }

  /** Every change merged by `cutoff` and not shipped yet, in merge order. */
  take(cutoff: number): QueuedChange[] {
    const taken: QueuedChange[] = [];
    while (this.next < this.ordinary.length && this.ordinary[this.next]!.mergedAt <= cutoff) taken.push(this.ordinary[this.next++]!);
    if (this.extra.length > 0) {
      const keep: QueuedChange[] = [];
      for (const c of this.extra) (c.mergedAt <= cutoff ? taken : keep).push(c);
      if (keep.length !== this.extra.length) taken.sort((a, b) => a.mergedAt - b.mergedAt);
      this.extra = keep;
    }
    return taken;
  }

  /** Every change, shipped or not, by commit time: a revert comes after what it reverts. */
  all(): QueuedChange[] {
    return [...this.ordinary, ...this.added].sort((a, b) => a.committedAt - b.committedAt);
  }
}
