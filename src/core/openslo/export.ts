/**
 * Stored objects → one OpenSLO v1 YAML text: a document per object, in a stable order (kinds as
 * below, then by name), so an export diffs cleanly and reads back into exactly the same objects.
 */
import type { OpenSloKind, OpenSloObject } from './schemas.js';

export const exportOrder: readonly OpenSloKind[] = ['Service', 'DataSource', 'SLI', 'AlertNotificationTarget', 'AlertCondition', 'AlertPolicy', 'SLO'];

export function sortForExport(objects: readonly OpenSloObject[]): OpenSloObject[] {
  return [...objects].sort((a, b) => exportOrder.indexOf(a.kind) - exportOrder.indexOf(b.kind) || (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
}
