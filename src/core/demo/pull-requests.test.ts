import { describe, expect, it } from 'vitest';
import { dependencyFriction } from '../delivery/friction.js';
import { ANCHOR, DAY, ofKind, records } from './demo.test-helpers.js';

describe('demo pull requests', () => {
  const all = records();
  const prs = ofKind(all, 'pull_request');
  const teamOf = new Map(ofKind(all, 'person').flatMap((p) => (p.team ? [[p.id, p.team] as const] : [])));
  const friction = (team: string) =>
    dependencyFriction(
      prs.map((p) => ({ id: p.id, openedAt: Date.parse(p.openedAt), author: p.author, firstReviewAt: p.firstReviewAt ? Date.parse(p.firstReviewAt) : undefined, firstReviewer: p.firstReviewer, mergedAt: p.mergedAt ? Date.parse(p.mergedAt) : undefined, mergedBy: p.mergedBy })),
      (person) => teamOf.get(person),
      { team, from: ANCHOR - 90 * DAY, to: ANCHOR },
    );

  it('has a few thousand PRs a year, each in order: opened ≤ reviewed ≤ merged', () => {
    expect(prs.length).toBeGreaterThan(2000);
    expect(prs.length).toBeLessThan(8000);
    for (const p of prs) {
      if (p.firstReviewAt) expect(p.firstReviewAt >= p.openedAt).toBe(true);
      if (p.mergedAt) expect(p.mergedAt >= (p.firstReviewAt ?? p.openedAt)).toBe(true);
      expect(p.firstReviewer).not.toBe(p.author);
    }
  });

  it("shows Platform's PRs waiting on SRE reviews far longer than on its own", () => {
    const f = friction('platform');
    expect(f.waitingOn[0]?.team).toBe('sre');
    expect(f.review.otherTeams.n).toBeGreaterThan(30);
    expect(f.review.otherTeams.medianHours!).toBeGreaterThan(4 * f.review.ownTeam.medianHours!);
    expect(friction('sre').incoming[0]?.team).toBe('platform');
  });

  it('keeps most teams mostly within themselves', () => {
    const f = friction('growth');
    expect(f.review.ownTeam.n).toBeGreaterThan(5 * f.review.otherTeams.n);
  });
});
