/**
 * Review signals — the rubric (spec/people.md): 3–5 signals, each with a definition and
 * examples of "strong" and "needs support", published before a cycle opens and locked while one
 * uses it. Evidence items and feedback name signals by `id`.
 */

export interface ReviewSignal {
  id: string;
  name: string;
  definition: string;
  strongExamples: string[];
  needsSupportExamples: string[];
  /** Observable examples of "exceeds" (the top of the default scale); absent in rubrics published before they existed. */
  exceedsExamples?: string[];
  /** Optional relative weight; absent means equal weight. Never turned into a single score. */
  weight?: number;
}

/** The ordinal scale, lowest first. Configurable per rubric; this is the default. */
export const defaultScale = ['needs support', 'strong at level', 'exceeds'] as const;

export interface Rubric {
  id: string;
  version: number;
  name: string;
  signals: ReviewSignal[];
  scale: string[];
  /** Epoch ms; null while a draft. A published rubric never changes: edits make a new version. */
  publishedAt: number | null;
}

/** The article's five signals, ids stable so evidence and feedback can refer to them. */
export const defaultSignalIds = ['delivery-impact', 'reliability-impact', 'code-quality', 'collaboration', 'growth-at-level'] as const;
