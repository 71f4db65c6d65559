/**
 * The promotion committee's side-by-side view of one cycle's cases: each case by which target
 * dimensions it evidences, what it still lacks, how much evidence it cites and whether the
 * pattern repeats. Deliberately no score, rank or total: rows are ordered by name, and the
 * committee compares the evidence itself.
 */
import type { CaseView } from './case-view.js';

export interface CommitteeRow {
  caseId: string;
  person: { id: string; name: string; level: string | null };
  target: { id: string; name: string };
  /** Per target dimension, in ladder order: its name and status. */
  dimensions: { id: string; name: string; status: 'evidenced' | 'claimed' | 'uncovered'; evidence: number }[];
  covered: number;
  total: number;
  missing: string[];
  examples: number;
  /** Distinct evidence items cited across the case. */
  evidence: number;
  pattern: { holds: boolean; periods: string[] };
}

export function committeeRows(cases: readonly CaseView[]): CommitteeRow[] {
  return cases
    .map((v) => ({
      caseId: v.id,
      person: v.person,
      target: v.target,
      dimensions: v.coverage.dimensions.map((d) => ({ id: d.dimension.id, name: d.dimension.name, status: d.status, evidence: d.evidence.length })),
      covered: v.coverage.covered,
      total: v.coverage.total,
      missing: v.coverage.missing.map((d) => d.name),
      examples: v.examples.length,
      evidence: new Set(v.examples.flatMap((e) => e.evidence)).size,
      pattern: { holds: v.pattern.holds, periods: v.pattern.periods },
    }))
    .sort((a, b) => a.person.name.localeCompare(b.person.name) || a.caseId.localeCompare(b.caseId));
}
