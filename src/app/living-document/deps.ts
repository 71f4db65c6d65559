/**
 * What the living-document use cases need: the repositories (in transactions for writes and
 * audited reads), the clock and ids, and the delivery events for outcome links — with the
 * server's report cache, so outcome figures and a packet's team context are computed once per
 * data version, like the delivery pages' figures.
 */
import type { DataAccess } from '../../store/data-access.js';
import type { DeliveryRepository } from '../../store/delivery-repository.js';
import type { DeliveryDeps } from '../delivery/delivery-figures.js';
import type { ReportCache } from '../delivery/report-cache.js';
import type { ReportPool } from '../delivery/report-pool.js';
import type { Runtime } from '../runtime.js';
import type { DocumentLimits } from './document-limits.js';

export interface LivingDocumentDeps {
  data: DataAccess;
  runtime: Runtime;
  delivery: DeliveryRepository;
  /** Delivery figures already computed (the HTTP server's one cache); absent: always compute. */
  cache?: ReportCache | undefined;
  /** The size cap of a document (document-limits.ts); absent: the default. */
  limits?: DocumentLimits | undefined;
  /** The HTTP server's report workers; absent: reports are computed on the calling thread. */
  pool?: ReportPool | undefined;
}

/** What the delivery use cases (figures, comparisons) need, taken from these. */
export const deliveryDepsOf = (deps: Pick<LivingDocumentDeps, 'data' | 'runtime' | 'delivery' | 'cache' | 'pool'>): DeliveryDeps => ({
  delivery: deps.delivery,
  org: deps.data.org,
  runtime: deps.runtime,
  cache: deps.cache,
  pool: deps.pool,
});
