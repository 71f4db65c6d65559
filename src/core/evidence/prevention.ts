/**
 * "Prevention counted": prevention and reliability work shown beside incident response, counted
 * the same way. Firefighting is visible (pages, incident channels, thanks in public); the outage
 * that never happened is not. When someone's prevention work would be outweighed by the sheer
 * visibility of firefighting — theirs or their peers' — the check prompts the reader to weigh it.
 */
import type { EvidenceDraft } from './item.js';
import { evidenceKinds, firefightingKinds, preventionKinds, type EvidenceKind } from './kinds.js';

export interface PreventionCheck {
  /** Every kind, zero included, so the page can show the full picture. */
  byKind: Record<EvidenceKind, number>;
  prevention: number;
  firefighting: number;
  /** Prevention items that also carry an outcome link (the "before/after" makes them visible). */
  preventionWithOutcome: number;
  /** Shown when prevention exists but incident response outnumbers it. */
  prompt: string | null;
}

export function checkPrevention(items: readonly Pick<EvidenceDraft, 'kind' | 'outcome'>[]): PreventionCheck {
  const byKind = Object.fromEntries(evidenceKinds.map((k) => [k, 0])) as Record<EvidenceKind, number>;
  for (const i of items) byKind[i.kind] += 1;
  const sum = (kinds: readonly EvidenceKind[]) => kinds.reduce((n, k) => n + byKind[k], 0);
  const prevention = sum(preventionKinds);
  const firefighting = sum(firefightingKinds);
  const preventionWithOutcome = items.filter((i) => preventionKinds.includes(i.kind) && i.outcome !== null).length;
  const prompt =
    prevention > 0 && firefighting > prevention
      ? `${prevention} prevention or reliability item${prevention === 1 ? '' : 's'} beside ${firefighting} incident response${firefighting === 1 ? '' : 's'}: weigh the incidents that did not happen as much as the ones that were worked.`
      : null;
  return { byKind, prevention, firefighting, preventionWithOutcome, prompt };
}
