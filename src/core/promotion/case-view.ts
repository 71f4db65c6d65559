/**
 * A promotion case as every reader sees it — the case page, the committee and the exports:
 * the case files with their cited items resolved, the coverage map and the repeated-pattern
 * finding. Assembled once here so the page and the exports can never disagree.
 */
import { coverageMap, type CoverageMap } from './coverage.js';
import type { CaseEvidence, CaseExample, PromotionCase, TargetDimension } from './model.js';
import { repeatedPattern, type RepeatedPattern } from './repeated-pattern.js';

export interface CaseView {
  id: string;
  cycle: { id: string; name: string };
  person: { id: string; name: string; level: string | null };
  target: { id: string; name: string };
  ladder: { id: string; name: string; version: number };
  /** The promotion-case template version it was last written with. */
  templateVersion: number;
  examples: (CaseExample & { cited: CaseEvidence[] })[];
  targets: TargetDimension[];
  coverage: CoverageMap;
  pattern: RepeatedPattern;
  updatedAt: number;
}

export interface CaseContext {
  cycle: { id: string; name: string };
  person: { id: string; name: string; level: string | null };
  target: { id: string; name: string };
  ladder: { id: string; name: string; version: number };
  targets: TargetDimension[];
  items: ReadonlyMap<string, CaseEvidence>;
}

export function caseView(c: PromotionCase, ctx: CaseContext): CaseView {
  const examples = [...c.examples].sort((a, b) => a.position - b.position);
  return {
    id: c.id,
    cycle: ctx.cycle,
    person: ctx.person,
    target: ctx.target,
    ladder: ctx.ladder,
    templateVersion: c.templateVersion,
    examples: examples.map((e) => ({ ...e, cited: e.evidence.map((id) => ctx.items.get(id)).filter((i): i is CaseEvidence => i !== undefined) })),
    targets: ctx.targets,
    coverage: coverageMap(ctx.targets, examples, ctx.items),
    pattern: repeatedPattern(ctx.targets, examples, ctx.items),
    updatedAt: c.updatedAt,
  };
}
