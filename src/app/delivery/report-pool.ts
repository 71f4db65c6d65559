/**
 * A small pool of worker threads that compute delivery reports and before/after comparisons
 * (report-worker.ts). Reading a window of facts and running the metrics takes milliseconds for a
 * team but seconds for the organisation, and a comparison's bootstrap intervals take tens of
 * milliseconds of CPU for a busy team; on the request thread that would stall every other request
 * (SQLite reads are synchronous).
 *
 * Jobs wait in one first-come, first-served queue here and go to a worker only when it has room:
 * one job at a time on SQLite (its reads are synchronous, so jobs sent together would only
 * interleave query by query, and every one of them would finish as late as the last), a few on
 * PostgreSQL (a job mostly waits on the database). Under a burst of different reports the first
 * asked are answered first instead of all slowly together; nothing is ever refused (the queue
 * holds only distinct reports, since identical requests already share one computation, so it is
 * bounded by the requests the server has open).
 *
 * Sharing one computation among concurrent identical requests is the report cache's job (it
 * stores the promise this returns), so the pool never sees the same report twice at once.
 */
import { Worker } from 'node:worker_threads';
import { TrellisError, type ErrorCode } from '../../errors.js';
import type { DeliveryReport } from './delivery-figures.js';
import type { ReportJob } from './compute-report.js';
import type { ComparisonJob, DeliveryComparison } from './compare-delivery.js';

/** What a worker computes: a report or a comparison, both of an already-resolved scope. */
export type PoolJob = { kind: 'report'; job: ReportJob } | { kind: 'comparison'; job: ComparisonJob };
type PoolResult = DeliveryReport | DeliveryComparison;

interface Pending {
  resolve: (r: PoolResult) => void;
  reject: (e: Error) => void;
  large: boolean;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  inFlight: Map<number, Pending>;
  /** How many of those are large (the organisation's report: seconds, not milliseconds). */
  large: number;
}

/** More services than a team ever has: the organisation's report, or a report of many teams. */
const LARGE_SCOPE = 50;
const isLarge = (job: PoolJob) => job.job.scope.services.length > LARGE_SCOPE;

interface Reply {
  id: number;
  result?: PoolResult;
  error?: { code?: ErrorCode; message: string; problems?: [] };
}

/**
 * The worker entry next to this file: compiled JavaScript, or, when Trellis runs from its
 * TypeScript sources (tests, benches, under tsx), a small script that registers tsx first.
 */
function startWorker(workerData: unknown): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./report-worker.js', import.meta.url), { workerData });
  const entry = new URL('./report-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

interface Queued {
  job: PoolJob;
  resolve: (r: PoolResult) => void;
  reject: (e: Error) => void;
}

export class ReportPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Queued[] = [];
  private nextId = 1;
  private closed = false;
  /** Jobs one worker runs at once. */
  readonly perWorker: number;

  /** `db`: the store's path or URL, opened by each worker (never `:memory:`, which is per connection). */
  constructor(db: string, size: number, options: { pgPoolSize?: number; perWorker?: number } = {}) {
    this.perWorker = options.perWorker ?? (/^postgres(ql)?:/.test(db) ? 4 : 1);
    for (let i = 0; i < size; i++) {
      // Each worker's PostgreSQL pool is small: its jobs mostly wait on the same few queries.
      const worker = startWorker({ db, pgPoolSize: Math.max(2, Math.ceil((options.pgPoolSize ?? 10) / size)) });
      const slot: Slot = { worker, inFlight: new Map(), ready: Promise.resolve(), large: 0 };
      slot.ready = new Promise((resolve, reject) => {
        worker.once('error', reject);
        worker.once('message', () => resolve());
      });
      slot.ready.catch(() => undefined);
      worker.on('message', (m: Reply | { ready: true }) => {
        if (!('id' in m)) return;
        const p = slot.inFlight.get(m.id);
        if (p === undefined) return;
        slot.inFlight.delete(m.id);
        if (p.large) slot.large--;
        if (m.result !== undefined) p.resolve(m.result);
        else p.reject(new TrellisError(m.error?.code ?? 'INTERNAL', m.error?.message ?? 'the report worker failed', m.error?.problems ?? []));
        this.pump();
      });
      // A worker that dies fails its jobs (the cache drops failed entries) and is replaced by none:
      // later jobs go to the others, or run here when none is left.
      worker.on('error', (e) => this.fail(slot, e));
      worker.on('exit', () => this.fail(slot, new Error('the report worker stopped')));
      worker.unref();
      this.slots.push(slot);
    }
  }

  get size(): number {
    return this.slots.length;
  }

  /** Jobs waiting for a worker. */
  get waiting(): number {
    return this.queue.length;
  }

  /** Computes a report on the first worker with room, in the order asked. */
  async run(job: ReportJob, fallback?: () => Promise<DeliveryReport>): Promise<DeliveryReport> {
    return this.submit({ kind: 'report', job }, fallback) as Promise<DeliveryReport>;
  }

  /** Computes a before/after comparison on the first worker with room, in the same queue as reports. */
  async compare(job: ComparisonJob, fallback?: () => Promise<DeliveryComparison>): Promise<DeliveryComparison> {
    return this.submit({ kind: 'comparison', job }, fallback) as Promise<DeliveryComparison>;
  }

  private async submit(job: PoolJob, fallback?: () => Promise<PoolResult>): Promise<PoolResult> {
    if (this.closed) throw new TrellisError('INTERNAL', 'the report pool is closed');
    if (this.slots.length === 0) {
      if (fallback) return fallback();
      throw new TrellisError('INTERNAL', 'no report worker is running');
    }
    return new Promise<PoolResult>((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.pump();
    });
  }

  /**
   * Whether a worker takes this job now. A small job may also join a worker busy only with large
   * ones: otherwise one leader opening the organisation page would hold every team's report
   * behind it for seconds; beside it, a team's report waits at most for one of its queries.
   */
  private hasRoom(slot: Slot, job: PoolJob): boolean {
    if (slot.inFlight.size < this.perWorker) return true;
    return !isLarge(job) && slot.large === slot.inFlight.size && slot.inFlight.size < this.perWorker + 1;
  }

  /** Sends queued jobs to workers with room, in order (a worker still starting takes its share once ready). */
  private pump(): void {
    while (this.queue.length > 0) {
      const next = this.queue[0]!;
      const slot = this.slots.reduce<Slot | undefined>((best, s) => (this.hasRoom(s, next.job) && (best === undefined || s.inFlight.size < best.inFlight.size) ? s : best), undefined);
      if (slot === undefined) return;
      const { job, resolve, reject } = this.queue.shift()!;
      const id = this.nextId++;
      const large = isLarge(job);
      if (large) slot.large++;
      slot.inFlight.set(id, { resolve, reject, large });
      slot.ready.then(
        () => slot.worker.postMessage({ id, job }),
        (e: unknown) => this.fail(slot, e as Error),
      );
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const q of this.queue.splice(0)) q.reject(new TrellisError('INTERNAL', 'the report pool is closed'));
    const slots = this.slots.splice(0);
    await Promise.all(
      slots.map(async (s) => {
        s.worker.postMessage('close');
        const exited = new Promise((resolve) => s.worker.once('exit', resolve));
        const timer = setTimeout(() => void s.worker.terminate(), 5000);
        await exited;
        clearTimeout(timer);
      }),
    );
  }

  private fail(slot: Slot, e: Error): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    for (const p of slot.inFlight.values()) p.reject(e);
    slot.inFlight.clear();
    slot.large = 0;
    // With no worker left, what waits can never run here: fail it too (the cache drops failures).
    if (this.slots.length === 0) for (const q of this.queue.splice(0)) q.reject(e);
    else this.pump();
  }
}
