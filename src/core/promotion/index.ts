export type { CaseEvidence, CaseExample, PromotionCase, TargetDimension } from './model.js';
export { targetDimensions } from './target-dimensions.js';
export { coverageMap, type CoverageMap, type CoverageStatus, type DimensionCoverage } from './coverage.js';
export { repeatedPattern, defaultMinimumPeriods, type RepeatedPattern } from './repeated-pattern.js';
export { checkExample, exampleLimit, exampleTextLimit, type ExampleDraft } from './validate-example.js';
export { caseView, type CaseContext, type CaseView } from './case-view.js';
export { promotionCaseMarkdown } from './export-markdown.js';
export { promotionCaseHtml, promotionCaseStyle } from './export-html.js';
export { committeeRows, type CommitteeRow } from './committee.js';
