import { describe, expect, it } from 'vitest';
import { arrangePacket } from './arrange.js';
import { packetInput } from './fixtures.test-helpers.js';

describe('arrangePacket', () => {
  const p = arrangePacket(packetInput());

  it('keeps only the period’s evidence, by date, under every signal it names', () => {
    expect(p.sections.map((s) => [s.signal.id, s.evidence.map((e) => e.id)])).toEqual([
      ['delivery-impact', ['e1']],
      ['reliability-impact', ['e1', 'e2']],
    ]);
  });

  it('keeps evidence naming no rubric signal visible in its own list', () => {
    expect(p.unassigned.map((e) => e.id)).toEqual(['e3']);
  });

  it('counts activity (no outcome link) beside evidence with outcomes', () => {
    expect(p.counts).toEqual({ evidence: 3, withOutcome: 1, activity: 2 });
  });

  it('files ratings and feedback under their signal', () => {
    expect(p.sections[0]!.ratings.map((r) => r.value)).toEqual(['exceeds']);
    expect(p.sections[0]!.feedback.map((f) => f.text)).toEqual(['Rollout plan was clear.']);
    expect(p.sections[1]!.ratings).toEqual([]);
    expect(p.generalFeedback).toEqual([]);
  });

  it('passes hidden ratings on as hidden', () => {
    const hidden = arrangePacket(packetInput({ ratings: null }));
    expect(hidden.ratings).toBeNull();
    expect(hidden.sections.every((s) => s.ratings.length === 0)).toBe(true);
  });
});
