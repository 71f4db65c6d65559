/**
 * The demo's SLOs: data/openslo/lumen-freight.yaml, imported through the same path as a user's
 * OpenSLO files, after the generated records (its services and SLI slices) are stored.
 */
import { readFileSync } from 'node:fs';
import { operatorActor } from '../../core/access/actor.js';
import type { Store } from '../../store/db.js';
import { importOpenSlo, type OpenSloImportSummary } from '../reliability/import-openslo.js';
import type { Runtime } from '../runtime.js';

export const demoSloFile = new URL('../../../data/openslo/lumen-freight.yaml', import.meta.url);

export async function seedDemoSlos(store: Store, runtime: Pick<Runtime, 'now'>): Promise<OpenSloImportSummary> {
  return importOpenSlo(store, runtime, operatorActor, [{ name: 'lumen-freight.yaml', text: readFileSync(demoSloFile, 'utf8') }]);
}
