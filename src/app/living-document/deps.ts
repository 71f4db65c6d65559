/**
 * What the living-document use cases need: the repositories (in transactions for writes and
 * audited reads), the clock and ids, and the delivery events for outcome links.
 */
import type { DataAccess } from '../../store/data-access.js';
import type { DeliveryRepository } from '../../store/delivery-repository.js';
import type { Runtime } from '../runtime.js';

export interface LivingDocumentDeps {
  data: DataAccess;
  runtime: Runtime;
  delivery: DeliveryRepository;
}
