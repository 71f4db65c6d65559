/**
 * Rating ↔ narrative consistency: a prompt when a rating and its written rationale pull in
 * different directions — the lowest rating with a rationale that only praises, or the highest
 * with one that reads only as concerns. Praise and concern are read with the feedback lint (its
 * vague-praise and unactionable-ask findings) plus a few plain words; the prompt is a question
 * for the calibration conversation, never a correction.
 */
import { lintFeedback, type LintFinding } from '../feedback/index.js';

const praiseWords = /\b(great|excellent|outstanding|impressive|fantastic|amazing|brilliant|strong|exceeded|exceptional|superb|pleasure|well done|praised|top)\b/iu;
const concernWords =
  /\b(missed|miss|struggl\w*|late|slipped|gaps?|not yet|has not|hasn't|have not|did not|didn't|does not|doesn't|needs? to|should|could|came back|fell short|concerns?|blocked|incomplete|below|without|unclear|lacks?|lacking|rework|behind)\b/iu;

export interface NarrativePrompt {
  kind: 'low-rating-praise-only' | 'high-rating-concerns-only';
  message: string;
}

export interface NarrativeReading {
  praise: boolean;
  concern: boolean;
  findings: LintFinding[];
}

/** What the rationale says, as the prompt needs it. */
export function readNarrative(text: string, lint: (t: string) => LintFinding[] = lintFeedback): NarrativeReading {
  const findings = lint(text);
  const praise = praiseWords.test(text) || findings.some((f) => f.rule === 'vaguePraise');
  const concern = concernWords.test(text) || findings.some((f) => f.rule === 'unactionableAsk');
  return { praise, concern, findings };
}

/** The prompt for one rating on a scale (lowest first), or null when rating and text agree. */
export function narrativePrompt(value: string, rationale: string, scale: readonly string[], lint?: (t: string) => LintFinding[]): NarrativePrompt | null {
  if (scale.length < 2) return null;
  const r = readNarrative(rationale, lint);
  if (value === scale[0] && r.praise && !r.concern) {
    return { kind: 'low-rating-praise-only', message: `Rated "${value}", but the rationale only praises: what fell short, and where did the engineer hear it?` };
  }
  if (value === scale[scale.length - 1] && r.concern && !r.praise) {
    return { kind: 'high-rating-concerns-only', message: `Rated "${value}", but the rationale reads as concerns: what outcome earned the rating?` };
  }
  return null;
}
