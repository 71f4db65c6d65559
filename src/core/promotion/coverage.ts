/**
 * The coverage map of a promotion case: for each dimension of the target level, which examples
 * show it and which evidence items back those examples. A dimension is
 * - `evidenced` when at least one example shows it and cites at least one evidence item;
 * - `claimed` when examples name it but none cites evidence (a story without proof yet);
 * - `uncovered` when no example shows it at all.
 * Only `evidenced` counts as covered: a promotion committee decides on evidence, not on claims.
 */
import { quarterOf } from '../evidence/goal.js';
import type { CaseEvidence, CaseExample, TargetDimension } from './model.js';

export type CoverageStatus = 'evidenced' | 'claimed' | 'uncovered';

export interface DimensionCoverage {
  dimension: TargetDimension;
  status: CoverageStatus;
  /** Ids of the examples that show this dimension, in case order. */
  examples: string[];
  /** Ids of the evidence items those examples cite (each once), oldest first. */
  evidence: string[];
  /** Calendar quarters (UTC, `2026-Q1`) of that evidence, oldest first. */
  periods: string[];
}

export interface CoverageMap {
  dimensions: DimensionCoverage[];
  /** Dimensions with status `evidenced`. */
  covered: number;
  total: number;
  /** The dimensions not yet evidenced (claimed or uncovered), in ladder order. */
  missing: TargetDimension[];
}

export function coverageMap(targets: readonly TargetDimension[], examples: readonly CaseExample[], items: ReadonlyMap<string, CaseEvidence>): CoverageMap {
  const dimensions = targets.map((dimension): DimensionCoverage => {
    const showing = examples.filter((e) => e.dimensions.includes(dimension.id));
    const cited = [...new Set(showing.flatMap((e) => e.evidence))].map((id) => items.get(id)).filter((i): i is CaseEvidence => i !== undefined);
    cited.sort((a, b) => a.date - b.date || a.id.localeCompare(b.id));
    const status: CoverageStatus = showing.length === 0 ? 'uncovered' : cited.length === 0 ? 'claimed' : 'evidenced';
    return { dimension, status, examples: showing.map((e) => e.id), evidence: cited.map((i) => i.id), periods: [...new Set(cited.map((i) => quarterOf(i.date)))].sort() };
  });
  const missing = dimensions.filter((d) => d.status !== 'evidenced').map((d) => d.dimension);
  return { dimensions, covered: dimensions.length - missing.length, total: dimensions.length, missing };
}
