/**
 * Ladder position with the gaps to the next level (spec/people.md, living document): for each
 * dimension the next level describes, what it expects there (its cell summaries) and how many
 * evidence items speak to it. A dimension with no evidence is a gap — something to plan for, not
 * a failing: it tells the person and their manager where the next examples should come from.
 */
import type { Ladder, LadderLevel } from '../ladder/model.js';
import type { EvidenceDraft } from './item.js';

export interface DimensionCoverage {
  dimension: { id: string; name: string };
  /** What the next level expects on this dimension: the cell summaries, as written in the ladder. */
  expected: string[];
  /** Evidence items tagged with this dimension. */
  evidence: number;
}

export interface LadderPosition {
  ladder: { id: string; name: string };
  current: { id: string; name: string } | null;
  next: { id: string; name: string } | null;
  /** Dimensions of the next level, in ladder order. */
  dimensions: DimensionCoverage[];
  /** The dimensions among them with no evidence at all. */
  gaps: DimensionCoverage[];
}

const ref = (l: LadderLevel | null) => (l === null ? null : { id: l.id, name: l.name });

export function ladderPosition(ladder: Ladder, current: LadderLevel | null, next: LadderLevel | null, items: readonly Pick<EvidenceDraft, 'dimensions'>[]): LadderPosition {
  const tagged = new Map<string, number>();
  for (const item of items) for (const d of new Set(item.dimensions)) tagged.set(d, (tagged.get(d) ?? 0) + 1);
  const dimensions: DimensionCoverage[] = [];
  if (next !== null) {
    const cells = ladder.cells.filter((c) => c.level === next.id && c.entries.length > 0);
    const described = new Set(cells.map((c) => c.dimension));
    // A sparse ladder may describe only some dimensions at a level; those are the ones to show.
    for (const d of ladder.dimensions.filter((x) => described.has(x.id))) {
      const expected = cells.filter((c) => c.dimension === d.id).flatMap((c) => c.entries.map((e) => e.summary));
      dimensions.push({ dimension: { id: d.id, name: d.name }, expected, evidence: tagged.get(d.id) ?? 0 });
    }
  }
  return { ladder: { id: ladder.id, name: ladder.name }, current: ref(current), next: ref(next), dimensions, gaps: dimensions.filter((d) => d.evidence === 0) };
}
