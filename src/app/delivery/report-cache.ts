/**
 * A bounded, in-process cache of delivery figures (one per HTTP server process; the CLI runs one
 * computation and needs none): delivery reports, before/after comparisons (outcome links) and
 * friction reports. Computing a team's report loads tens of thousands of rows and takes hundreds
 * of milliseconds, while the answer only changes when records are imported.
 *
 * Safety across several Trellis instances comes from the key, not from invalidation: it includes
 * the data version (bumped by every committed import, in the database all instances share), so
 * after any import, by any instance, the next request misses and recomputes; stale entries just
 * age out of the LRU. Values are promises, so concurrent identical requests share one
 * computation instead of each running it; a rejected computation is dropped, never cached.
 *
 * Every kind of figure has its own key function (below and beside its use case), which tags the
 * key with the kind and, through `CacheKey<T>`, the type of what is stored under it.
 */
import type { DeliveryReport } from './delivery-figures.js';

declare const storedType: unique symbol;
/** A cache key that also says, for the compiler only, what is stored under it. */
export type CacheKey<T> = string & { readonly [storedType]: T };

/** Builds the key of one kind of figure: the kind first, then the parts (all JSON values). */
export const cacheKey = <T>(kind: string, ...parts: (string | number | boolean)[]): CacheKey<T> => JSON.stringify([kind, ...parts]) as CacheKey<T>;

export interface ReportKeyParts {
  scope: string;
  environment: string;
  from: number;
  to: number;
  report: number | string;
  includeMerges: boolean;
  /** Figures only, or with the events behind them (see compute-report.ts). */
  detail: 'figures' | 'events';
  dataVersion: number;
}

export const reportKey = (k: ReportKeyParts): CacheKey<DeliveryReport> =>
  cacheKey('report', k.scope, k.environment, k.from, k.to, String(k.report), k.includeMerges, k.detail, k.dataVersion);

export class ReportCache {
  private readonly entries: LruMap<unknown>;
  /**
   * What a scope is made of (a team's row and services), per data version: services and teams
   * are records, so an import changes the version and with it the key. Without this, a cached
   * report still cost two queries per request just to name its scope. Access is still checked
   * on every request, against these facts.
   */
  readonly scopes = new LruMap<unknown>(500);

  constructor(readonly capacity = 200) {
    this.entries = new LruMap(capacity);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The cached (or in-flight) figures for `key`, else the result of `compute`, stored under `key`. */
  getOrCompute<T>(key: CacheKey<T>, compute: () => Promise<T>): Promise<T> {
    return this.entries.getOrCompute(key, compute);
  }
}

/** A small least-recently-used map of promises; a rejected promise is dropped, never served. */
export class LruMap<T> {
  // A Map iterates in insertion order: re-inserting on a hit makes the first key the least recently used.
  private readonly entries = new Map<string, Promise<T>>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  getOrCompute<U extends T>(key: string, compute: () => Promise<U>): Promise<U> {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit as Promise<U>;
    }
    const pending = compute();
    this.entries.set(key, pending);
    // A failure (e.g. a dropped connection) must not be served to later requests.
    pending.catch(() => {
      if (this.entries.get(key) === pending) this.entries.delete(key);
    });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return pending;
  }
}
