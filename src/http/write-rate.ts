/**
 * Per-account write rate: a token bucket per account, `perMinute` tokens deep, refilled evenly.
 * One account (or a script holding its session or token) cannot flood the store with writes —
 * 50 clients posting evidence as one engineer grew a document to 9.7 MB in 20 seconds and stalled
 * every reader. A person at a keyboard never comes near it (120 a minute by default); the answer
 * is 429 with Retry-After, never a lock-out. In memory, per process; the number of accounts
 * tracked is capped.
 */
export class WriteRate {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly perMinute: number) {}

  /** 0 when the write may go ahead (and is counted); otherwise milliseconds until it may. */
  take(account: string, now: number): number {
    if (this.perMinute <= 0) return 0;
    const perMs = this.perMinute / 60_000;
    const b = this.buckets.get(account) ?? { tokens: this.perMinute, at: now };
    const tokens = Math.min(this.perMinute, b.tokens + Math.max(0, now - b.at) * perMs);
    this.buckets.delete(account); // re-insert: Map order is then "least recently used first"
    if (tokens < 1) {
      this.buckets.set(account, { tokens, at: now });
      return Math.ceil((1 - tokens) / perMs);
    }
    this.buckets.set(account, { tokens: tokens - 1, at: now });
    while (this.buckets.size > 50_000) this.buckets.delete(this.buckets.keys().next().value!);
    return 0;
  }
}
