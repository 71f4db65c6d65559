import { describe, expect, it } from 'vitest';
import { currentStep, validateDeadlines } from './deadlines.js';

const d = (s: string) => Date.parse(`${s}T00:00:00Z`);
const from = d('2026-01-01');

describe('cycle deadlines', () => {
  it('keeps the steps given, in order, and allows steps left open', () => {
    expect(validateDeadlines({ selfReview: d('2026-11-15'), sharing: d('2026-12-15') }, from)).toEqual({ ok: true, value: { selfReview: d('2026-11-15'), sharing: d('2026-12-15') } });
    expect(validateDeadlines({}, from)).toEqual({ ok: true, value: {} });
  });

  it('refuses a step due before the one it follows, or before the period starts, naming both', () => {
    expect(validateDeadlines({ selfReview: d('2026-11-15'), managerReview: d('2026-11-01') }, from)).toEqual({
      ok: false,
      reason: 'deadlines.managerReview: manager reviews (2026-11-01) cannot be due before self reviews (2026-11-15)',
    });
    expect(validateDeadlines({ calibration: d('2025-12-01') }, from)).toEqual({ ok: false, reason: 'deadlines.calibration: 2025-12-01 is before the period starts (2026-01-01)' });
  });
});

describe('the current step', () => {
  it('is self reviews while writing until their due day has passed, then manager reviews', () => {
    const deadlines = { selfReview: d('2026-11-16'), managerReview: d('2026-11-30') };
    expect(currentStep('writing', deadlines, d('2026-11-16') + 23 * 3600_000)).toBe('selfReview');
    expect(currentStep('writing', deadlines, d('2026-11-17'))).toBe('managerReview');
    expect(currentStep('writing', {}, d('2027-01-01'))).toBe('selfReview');
    expect(currentStep('calibrating', deadlines, 0)).toBe('calibration');
    expect(currentStep('shared', deadlines, 0)).toBeNull();
  });
});
