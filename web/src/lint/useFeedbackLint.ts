/**
 * The feedback lint, live while someone writes about a person. The lint is Trellis's own pure
 * core (src/core/feedback), bundled into the web app: hints appear as the text changes, with no
 * request per keystroke, and they are the same findings `trellis feedback lint` prints.
 * Linting waits for typing to pause (useDeferredValue), so a long review never makes typing lag.
 */
import { useDeferredValue, useMemo } from 'react';
import { lintFeedback, type LintFinding } from '../../../src/core/feedback/lint.js';

export type { LintFinding };

export function useFeedbackLint(text: string, enabled = true): LintFinding[] {
  const deferred = useDeferredValue(text);
  return useMemo(() => (enabled ? lintFeedback(deferred) : []), [deferred, enabled]);
}

/** Rule names as a writer reads them. */
export const ruleLabels: Record<string, string> = {
  personality: 'Personality, not behaviour',
  vaguePraise: 'Vague praise',
  unactionableAsk: 'No next step',
  noOutcome: 'No outcome named',
  teamCredit: "The person's own part is missing",
  absolutes: 'Absolute words',
  hedges: 'Hedging',
  nonWork: 'Not about the work',
};
