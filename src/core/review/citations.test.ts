import { describe, expect, it } from 'vitest';
import { resolveCitations, type CitableItem } from './citations.js';

const d = (s: string) => Date.parse(`${s}T00:00:00Z`);
const items = new Map<string, CitableItem>([
  ['e1', { id: 'e1', person: 'amara', title: 'Rollout automation', date: d('2026-06-02') }],
  ['e2', { id: 'e2', person: 'amara', title: 'Alert tuning', date: d('2026-08-10') }],
  ['old', { id: 'old', person: 'amara', title: 'Game day', date: d('2025-11-30') }],
  ['dev1', { id: 'dev1', person: 'dev', title: 'Payments incident', date: d('2026-03-01') }],
]);
const scope = { person: { id: 'amara', name: 'Amara Okafor' }, period: { from: d('2026-01-01'), to: d('2027-01-01') } };

describe('resolveCitations', () => {
  it('keeps the ids of the person’s items in the period, trimmed and once each', () => {
    expect(resolveCitations([' e1', 'e2', 'e1', ''], items, scope)).toEqual({ ok: true, value: ['e1', 'e2'] });
    expect(resolveCitations([], items, scope)).toEqual({ ok: true, value: [] });
  });

  it('refuses a citation to nothing, naming it', () => {
    expect(resolveCitations(['e1', 'pr-123'], items, scope)).toEqual({ ok: false, reason: 'evidence: "pr-123" is not an evidence item of Amara Okafor; cite items of their living document' });
  });

  it('refuses another person’s item without revealing what it is', () => {
    const o = resolveCitations(['dev1'], items, scope);
    expect(o).toEqual({ ok: false, reason: 'evidence: "dev1" is not an evidence item of Amara Okafor; cite items of their living document' });
    expect(JSON.stringify(o)).not.toContain('Payments incident');
  });

  it('refuses an item outside the cycle’s period, with its date and the period', () => {
    expect(resolveCitations(['old'], items, scope, 'citations')).toEqual({ ok: false, reason: 'citations: "Game day" (2025-11-30) is outside the cycle\'s period, 2026-01-01 to 2026-12-31' });
  });
});
