/**
 * A worker thread of the delivery report pool (report-pool.ts): it opens its own connection to
 * the store and computes the reports and comparisons it is sent, so the request thread keeps answering (health
 * checks, other users, cached reports) while a large report reads and computes. Access is checked
 * on the request thread before a job is sent; a job is an already-resolved scope and window.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '../../store/db.js';
import { DeliveryRepository } from '../../store/delivery-repository.js';
import { computeReport } from './compute-report.js';
import { computeComparison } from './compare-delivery.js';
import type { PoolJob } from './report-pool.js';

interface Request {
  id: number;
  job: PoolJob;
}

const { db, pgPoolSize } = workerData as { db: string; pgPoolSize: number };
const store = await openStore(db, { pgPoolSize });
const delivery = new DeliveryRepository(store.db);
const port = parentPort!;

port.on('message', (m: Request | 'close') => {
  if (m === 'close') {
    void store.close().finally(() => port.close());
    return;
  }
  const work = m.job.kind === 'report' ? computeReport({ delivery }, m.job.job) : computeComparison({ delivery }, m.job.job);
  work.then(
    (result) => port.postMessage({ id: m.id, result }),
    (e: unknown) => {
      const err = e as { code?: unknown; message?: unknown; problems?: unknown };
      port.postMessage({ id: m.id, error: { code: err.code, message: String(err.message ?? e), problems: err.problems } });
    },
  );
});
port.postMessage({ ready: true });
