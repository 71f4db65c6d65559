export type * from './model.js';
export { arrangePacket } from './arrange.js';
export { packetMarkdown } from './markdown.js';
export { packetHtml, packetStyle } from './html.js';
export { describeComparison, describeComparisons, SEVERAL_COMPARED_NOTE, type OutcomeLine } from './outcome-lines.js';
export { deliveryContext } from './delivery-context.js';
export { describeSloOutcome, describeAttribution, type SloOutcomeLike } from './slo-outcome-lines.js';
export { reliabilityContext, type SloContextInput, type IncidentCount } from './reliability-context.js';
