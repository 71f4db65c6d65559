/**
 * The lint's quality on a labelled set (test/fixtures/feedback-lint/labelled.jsonl): half vague
 * or biased feedback, half specific. Targets from the issue: at least 85% of the vague texts get a
 * finding, at least 90% of the specific ones get none. The figures are printed for the notes.
 * The set was written by Trellis's own developers, so read the figures as a floor the lint must
 * keep, not as a measure of how it does on an organisation's real feedback.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintFeedback } from './lint.js';

const rows = readFileSync(new URL('../../../test/fixtures/feedback-lint/labelled.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { label: 'vague' | 'specific'; text: string });

describe('feedback lint quality on the labelled set', () => {
  it('has at least 60 texts, half of each kind', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect(rows.filter((r) => r.label === 'vague').length).toBe(rows.length / 2);
  });

  it('flags at least 85% of the vague texts and leaves at least 90% of the specific ones alone', () => {
    const vague = rows.filter((r) => r.label === 'vague');
    const specific = rows.filter((r) => r.label === 'specific');
    const vagueFlagged = vague.filter((r) => lintFeedback(r.text).length > 0).length / vague.length;
    const specificClean = specific.filter((r) => lintFeedback(r.text).length === 0).length / specific.length;
    console.log(`feedback lint: vague flagged ${(vagueFlagged * 100).toFixed(1)}% of ${vague.length}; specific left alone ${(specificClean * 100).toFixed(1)}% of ${specific.length}`);
    expect(vagueFlagged).toBeGreaterThanOrEqual(0.85);
    expect(specificClean).toBeGreaterThanOrEqual(0.9);
  });
});
