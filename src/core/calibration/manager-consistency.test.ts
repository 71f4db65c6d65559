import { describe, expect, it } from 'vitest';
import { concernDelays, managerConsistency, type ManagerFacts } from './manager-consistency.js';

const scale = ['needs support', 'strong at level', 'exceeds'];
const day = 86_400_000;

const base = (over: Partial<ManagerFacts>): ManagerFacts => ({ manager: 'm', name: 'M', texts: [], ratings: [], needsSupport: 0, surprises: 0, concernToFeedbackDays: [], oneOnOnes: { recorded: false }, ...over });

describe('manager consistency', () => {
  const rows = managerConsistency(
    [
      base({ manager: 'greg', name: 'Greg Hale', texts: ['Great year, a real team player.', 'Be more strategic.'], ratings: ['needs support', 'exceeds', 'exceeds', 'exceeds', 'exceeds'], needsSupport: 1, surprises: 1 }),
      base({ manager: 'sofia', name: 'Sofia Rossi', texts: ['Rollout automation cut the change failure rate of deploy-pipeline from 18% to 6% over 90 days.'], ratings: ['strong at level', 'strong at level', 'strong at level', 'strong at level', 'exceeds'], concernToFeedbackDays: [3, 9] }),
      base({ manager: 'amy', name: 'Amy Ng' }),
    ],
    scale,
  );

  it('lists managers by name — never ordered by a figure', () => {
    expect(rows.map((r) => r.name)).toEqual(['Amy Ng', 'Greg Hale', 'Sofia Rossi']);
  });

  it('measures specificity as lint findings per 100 words, with n', () => {
    const greg = rows[1]!;
    expect(greg.specificity.n).toBe(2);
    expect(greg.specificity.words).toBe(9);
    expect(greg.specificity.findingsPer100Words).toBeGreaterThan(10);
    expect(rows[2]!.specificity.findings).toBe(0);
    expect(rows[0]!.specificity.findingsPer100Words).toBeNull();
  });

  it('gives the share of needs-support ratings that were surprises, with n, and prompts on it', () => {
    expect(rows[1]!.surprises).toEqual({ share: 1, surprises: 1, n: 1 });
    expect(rows[0]!.surprises.share).toBeNull();
    expect(rows[1]!.prompts.join(' ')).toMatch(/1 of 1 needs-support rating came without earlier shared feedback/);
  });

  it('compares the distribution with the organisation and prompts on a large difference', () => {
    expect(rows[1]!.distribution.n).toBe(5);
    expect(rows[1]!.prompts.some((p) => p.startsWith('"exceeds" is'))).toBe(true);
    expect(rows[2]!.concernToFeedback).toEqual({ medianDays: 6, n: 2 });
  });

  it('says 1:1 cadence is not recorded until a source exists', () => {
    expect(rows[0]!.oneOnOnes).toEqual({ recorded: false });
    expect(rows[0]!.prompts).toEqual([]);
  });
});

describe('concern to feedback', () => {
  it('counts days from the first note on a signal to the first shared feedback after it', () => {
    const notes = [
      { person: 'p', signal: 'code-quality', at: 10 * day },
      { person: 'p', signal: 'code-quality', at: 5 * day },
      { person: 'q', signal: 'collaboration', at: 1 * day },
      { person: 'p', signal: null, at: 0 },
    ];
    const shared = [
      { person: 'p', signal: 'code-quality', at: 2 * day },
      { person: 'p', signal: 'code-quality', at: 25 * day },
    ];
    expect(concernDelays(notes, shared)).toEqual([20]);
  });
});
