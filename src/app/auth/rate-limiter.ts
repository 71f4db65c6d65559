/**
 * Counting failed sign-ins per key (an email, a client address) in a sliding window.
 *
 * In memory, per process: simple and enough for the embedded single-instance set-up. With several
 * Trellis instances behind a load balancer each keeps its own counts, so the effective limit is
 * multiplied by the number of instances; a shared (store-backed) limiter would close that gap.
 * The number of keys is capped so a flood of made-up emails cannot grow memory without bound.
 */
export interface FailureLimiterOptions {
  maxFailures: number;
  windowMs: number;
  /** Oldest keys are forgotten first beyond this many. */
  maxKeys?: number;
}

export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly options: FailureLimiterOptions) {}

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => t > now - this.options.windowMs);
    if (list.length === 0) this.failures.delete(key);
    else this.failures.set(key, list);
    return list;
  }

  /** True when `key` has used up its failures in the current window. */
  isBlocked(key: string, now: number): boolean {
    return this.recent(key, now).length >= this.options.maxFailures;
  }

  /** The failures of `key` still in the window, oldest first. */
  recentTimes(key: string, now: number): readonly number[] {
    return this.recent(key, now);
  }

  /** 0 when `key` may try now; otherwise how long until its oldest failure leaves the window. */
  retryAfter(key: string, now: number): number {
    const list = this.recent(key, now);
    if (list.length < this.options.maxFailures) return 0;
    return list[list.length - this.options.maxFailures]! + this.options.windowMs - now;
  }

  recordFailure(key: string, now: number): void {
    const list = this.recent(key, now);
    this.failures.delete(key); // re-insert: Map order is then "least recently failed first"
    this.failures.set(key, [...list, now]);
    const maxKeys = this.options.maxKeys ?? 50_000;
    while (this.failures.size > maxKeys) this.failures.delete(this.failures.keys().next().value!);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  /** Take back one failure recorded at `at` (an attempt counted up front that turned out right). */
  forgive(key: string, at: number): void {
    const list = this.failures.get(key);
    const i = list?.lastIndexOf(at) ?? -1;
    if (list && i >= 0) list.splice(i, 1);
  }
}

