/** OpenSLO objects → YAML text, one `---` document each (see core/openslo/export.ts for the order). */
import { stringify } from 'yaml';
import { sortForExport } from '../../core/openslo/export.js';
import type { OpenSloObject } from '../../core/openslo/schemas.js';

export function writeOpenSloText(objects: readonly OpenSloObject[]): string {
  return sortForExport(objects)
    .map((o) => stringify({ apiVersion: o.apiVersion, kind: o.kind, metadata: o.metadata, spec: o.spec }, { lineWidth: 0 }))
    .map((doc) => `---\n${doc}`)
    .join('');
}
