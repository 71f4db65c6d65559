import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dependencyFriction, type FrictionPullRequest, type TeamAt } from './friction.js';
import { HOUR } from './types.js';

const T0 = Date.UTC(2024, 2, 4, 9);
const teams: Record<string, string> = { ana: 'platform', bo: 'platform', cy: 'sre', di: 'sre', ed: 'payments' };
const teamAt: TeamAt = (p) => teams[p];
const window = { team: 'platform', from: T0, to: T0 + 30 * 24 * HOUR };
const pr = (id: string, openedH: number, extra: Partial<FrictionPullRequest>): FrictionPullRequest => ({ id, openedAt: T0 + openedH * HOUR, author: 'ana', ...extra });

describe('dependency friction', () => {
  const prs: FrictionPullRequest[] = [
    // Own team reviews in 2 h and 4 h; SRE reviews in 20 h, 30 h and 40 h; one by an unknown reviewer.
    pr('p1', 0, { firstReviewAt: T0 + 2 * HOUR, firstReviewer: 'bo', mergedAt: T0 + 3 * HOUR, mergedBy: 'ana' }),
    pr('p2', 10, { author: 'bo', firstReviewAt: T0 + 14 * HOUR, firstReviewer: 'ana' }),
    pr('p3', 20, { firstReviewAt: T0 + 40 * HOUR, firstReviewer: 'cy', mergedAt: T0 + 50 * HOUR, mergedBy: 'di' }),
    pr('p4', 30, { firstReviewAt: T0 + 60 * HOUR, firstReviewer: 'di', mergedAt: T0 + 70 * HOUR, mergedBy: 'ana' }),
    pr('p5', 40, { firstReviewAt: T0 + 80 * HOUR, firstReviewer: 'cy' }),
    pr('p6', 50, { firstReviewAt: T0 + 51 * HOUR, firstReviewer: 'outsider' }),
    pr('p7', 60, {}),
    // Payments' PR reviewed by Platform: incoming for Platform, not Platform's own.
    pr('p8', 5, { author: 'ed', firstReviewAt: T0 + 11 * HOUR, firstReviewer: 'bo', mergedAt: T0 + 12 * HOUR, mergedBy: 'ed' }),
    // Outside the window, and one without an author: left out.
    pr('p9', -5, { firstReviewAt: T0, firstReviewer: 'cy' }),
    pr('p10', 1, { author: undefined, firstReviewAt: T0 + 100 * HOUR, firstReviewer: 'cy' }),
  ];
  const f = dependencyFriction(prs, teamAt, window);

  it('splits review and merge waits by the team that did them', () => {
    expect(f.pullRequests).toBe(7);
    expect(f.review).toEqual({ ownTeam: { medianHours: 3, n: 2 }, otherTeams: { medianHours: 30, n: 3 }, unknownTeam: 1, pending: 1 });
    expect(f.merge).toEqual({ ownTeam: { medianHours: 21.5, n: 2 }, otherTeams: { medianHours: 30, n: 1 }, unknownTeam: 0, pending: 4 });
  });

  it('gives per other team counts and medians, both directions', () => {
    expect(f.waitingOn).toEqual([{ team: 'sre', review: { medianHours: 30, n: 3 }, merge: { medianHours: 30, n: 1 } }]);
    expect(f.incoming).toEqual([{ team: 'payments', review: { medianHours: 6, n: 1 }, merge: { medianHours: null, n: 0 } }]);
  });

  it('lists the events behind the figures, by PR and team only', () => {
    expect(f.events.filter((e) => e.stage === 'review').map((e) => [e.pullRequest, e.hours, e.side])).toEqual([
      ['p1', 2, 'own'],
      ['p2', 4, 'own'],
      ['p3', 20, 'other'],
      ['p4', 30, 'other'],
      ['p5', 40, 'other'],
      ['p6', 1, 'unknown'],
    ]);
    expect(JSON.stringify(f)).not.toMatch(/"(person|author|reviewer|engineer|ana|bo|cy|di)"/);
  });

  it('uses team membership at the time of each event', () => {
    // cy moved from platform to sre at T0 + 35 h: the p3 review (T0 + 40 h) is SRE's, an earlier one would be own.
    const moving: TeamAt = (p, at) => (p === 'cy' ? (at < T0 + 35 * HOUR ? 'platform' : 'sre') : teams[p]);
    const g = dependencyFriction([pr('a', 0, { firstReviewAt: T0 + 10 * HOUR, firstReviewer: 'cy' }), pr('b', 20, { firstReviewAt: T0 + 40 * HOUR, firstReviewer: 'cy' })], moving, window);
    expect(g.review.ownTeam).toEqual({ medianHours: 10, n: 1 });
    expect(g.review.otherTeams).toEqual({ medianHours: 20, n: 1 });
  });

  it('has nothing to say without pull requests: null medians, never 0', () => {
    const g = dependencyFriction([], teamAt, window);
    expect(g.review.ownTeam).toEqual({ medianHours: null, n: 0 });
    expect(g.waitingOn).toEqual([]);
  });

  it('is order-free and counts every own PR exactly once per stage', () => {
    const people = Object.keys(teams).concat('outsider');
    const arb = fc.array(
      fc.record({ opened: fc.integer({ min: -100, max: 800 }), author: fc.constantFrom(...people), review: fc.option(fc.tuple(fc.nat(200), fc.constantFrom(...people))), merge: fc.option(fc.tuple(fc.nat(300), fc.constantFrom(...people))) }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, fc.integer(), (rows, seed) => {
        const prs = rows.map((r, i) =>
          pr(`p${i}`, r.opened, {
            author: r.author,
            ...(r.review ? { firstReviewAt: T0 + (r.opened + r.review[0]) * HOUR, firstReviewer: r.review[1] } : {}),
            ...(r.merge ? { mergedAt: T0 + (r.opened + r.merge[0]) * HOUR, mergedBy: r.merge[1] } : {}),
          }),
        );
        const a = dependencyFriction(prs, teamAt, window);
        const shuffled = [...prs].sort((x, y) => ((x.id.length * 31 + seed) % 7) - ((y.id.length * 31 + seed) % 7) || (x.id < y.id ? 1 : -1));
        expect(dependencyFriction(shuffled, teamAt, window)).toEqual(a);
        for (const s of [a.review, a.merge]) expect(s.ownTeam.n + s.otherTeams.n + s.unknownTeam + s.pending).toBe(a.pullRequests);
        expect(a.waitingOn.reduce((n, p) => n + p.review.n, 0)).toBe(a.review.otherTeams.n);
      }),
    );
  });
});
