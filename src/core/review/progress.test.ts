import { describe, expect, it } from 'vitest';
import { cycleProgress } from './progress.js';

describe('cycleProgress', () => {
  const participants = [
    { id: 'amara', team: 'platform' },
    { id: 'sofia', team: 'platform' },
    { id: 'dev', team: 'payments' },
  ];
  const teamNames = new Map([
    ['platform', 'Platform'],
    ['payments', 'Payments'],
  ]);

  it('counts self reviews, manager reviews and fully rated people per team, listed by name', () => {
    const p = cycleProgress({
      participants,
      teamNames,
      submitted: new Map([
        ['amara', new Set(['self', 'manager'])],
        ['dev', new Set(['self'])],
      ]),
      ratings: new Map([
        ['amara', 5],
        ['sofia', 4],
      ]),
      signals: 5,
    });
    expect(p.total).toEqual({ people: 3, selfReviews: 2, managerReviews: 1, rated: 1 });
    expect(p.teams).toEqual([
      { team: 'payments', name: 'Payments', people: 1, selfReviews: 1, managerReviews: 0, rated: 0 },
      { team: 'platform', name: 'Platform', people: 2, selfReviews: 1, managerReviews: 1, rated: 1 },
    ]);
  });

  it('has no rating step in a check-in', () => {
    const p = cycleProgress({ participants, teamNames, submitted: new Map(), ratings: new Map(), signals: 0 });
    expect(p.total).toEqual({ people: 3, selfReviews: 0, managerReviews: 0, rated: null });
  });
});
