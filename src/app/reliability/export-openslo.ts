/** Every stored OpenSLO object, as openslo/v1, for `trellis slo export` and the API. */
import type { Actor } from '../../core/access/actor.js';
import type { OpenSloObject } from '../../core/openslo/schemas.js';
import type { SloRepository } from '../../store/slo-repository.js';
import { assertAllowed } from '../authorize.js';

export async function exportOpenSlo(deps: { slos: Pick<SloRepository, 'objects'> }, actor: Actor): Promise<OpenSloObject[]> {
  assertAllowed(actor, 'read', { type: 'service-reliability' });
  return (await deps.slos.objects()).map((o) => o.object);
}
