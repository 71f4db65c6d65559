/**
 * How an evidence item is labelled. An item without an outcome link is *activity*: it is shown,
 * never hidden, but a reader can tell "did things" from "changed something in the system".
 */
import type { EvidenceDraft } from './item.js';

export type EvidenceLabel = 'outcome' | 'activity';

export function evidenceLabel(item: Pick<EvidenceDraft, 'outcome'>): EvidenceLabel {
  return item.outcome === null ? 'activity' : 'outcome';
}
