/**
 * The signal and dimension ids an evidence item may name: the article's five review signals, and
 * the dimensions of the published ladder (when there is none yet, any dimension id is accepted
 * so a document can be started before the ladder is published).
 */
import { defaultSignalIds } from '../../core/review/signals.js';
import type { Repositories } from '../../store/data-access.js';
import type { ParseEvidenceOptions } from '../../core/evidence/index.js';

export async function knownIds(data: Pick<Repositories, 'ladders'>): Promise<ParseEvidenceOptions> {
  const ladder = await data.ladders.latestPublished();
  return { knownSignals: defaultSignalIds, ...(ladder ? { knownDimensions: ladder.ladder.dimensions.map((d) => d.id) } : {}) };
}
