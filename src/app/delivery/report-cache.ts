/**
 * A bounded, in-process cache of delivery reports (one per HTTP server process; the CLI runs one
 * computation and needs none). Computing a team's report loads tens of thousands of rows and
 * takes hundreds of milliseconds, while the answer only changes when records are imported.
 *
 * Safety across several Trellis instances comes from the key, not from invalidation: it includes
 * the data version (bumped by every committed import, in the database all instances share), so
 * after any import, by any instance, the next request misses and recomputes; stale entries just
 * age out of the LRU. Values are promises, so concurrent identical requests share one
 * computation instead of each running it; a rejected computation is dropped, never cached.
 */
import type { DeliveryReport } from './delivery-figures.js';

export interface ReportKeyParts {
  scope: string;
  environment: string;
  from: number;
  to: number;
  report: number | string;
  includeMerges: boolean;
  dataVersion: number;
}

export const reportKey = (k: ReportKeyParts): string =>
  JSON.stringify([k.scope, k.environment, k.from, k.to, String(k.report), k.includeMerges, k.dataVersion]);

export class ReportCache {
  // A Map iterates in insertion order: re-inserting on a hit makes the first key the least recently used.
  private readonly entries = new Map<string, Promise<DeliveryReport>>();
  /**
   * What a scope is made of (a team's row and services), per data version: services and teams
   * are records, so an import changes the version and with it the key. Without this, a cached
   * report still cost two queries per request just to name its scope. Access is still checked
   * on every request, against these facts.
   */
  readonly scopes = new LruMap<unknown>(500);

  constructor(readonly capacity = 200) {}

  get size(): number {
    return this.entries.size;
  }

  /** The cached (or in-flight) report for `key`, else the result of `compute`, stored under `key`. */
  getOrCompute(key: string, compute: () => Promise<DeliveryReport>): Promise<DeliveryReport> {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const pending = compute();
    this.entries.set(key, pending);
    // A failure (e.g. a dropped connection) must not be served to later requests.
    pending.catch(() => {
      if (this.entries.get(key) === pending) this.entries.delete(key);
    });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return pending;
  }
}

/** A small least-recently-used map of promises; a rejected promise is dropped, never served. */
export class LruMap<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(readonly capacity: number) {}

  getOrCompute<U extends T>(key: string, compute: () => Promise<U>): Promise<U> {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit as Promise<U>;
    }
    const pending = compute();
    this.entries.set(key, pending);
    pending.catch(() => {
      if (this.entries.get(key) === pending) this.entries.delete(key);
    });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return pending;
  }
}
