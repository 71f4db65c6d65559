import type { Ladder } from '../ladder/model.js';
import type { CaseEvidence, CaseExample, PromotionCase } from './model.js';

export const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

export const ladder: Ladder = {
  id: 'eng',
  name: 'Engineering',
  cumulative: true,
  levels: [
    { id: 'l3', name: 'Senior Engineer', rank: 3 },
    { id: 'l4', name: 'Staff Engineer', rank: 4 },
  ],
  dimensions: [
    { id: 'scope', name: 'Scope and impact' },
    { id: 'ops', name: 'Operational responsibility' },
    { id: 'mentoring', name: 'Mentoring' },
  ],
  cells: [
    { level: 'l4', dimension: 'scope', entries: [{ summary: 'Sets the direction of a group of services.', examples: [] }] },
    { level: 'l4', dimension: 'ops', entries: [{ summary: 'Improves how a team runs its services.', examples: [] }] },
    { level: 'l4', dimension: 'mentoring', entries: [{ summary: 'Grows senior engineers.', examples: [] }] },
  ],
};

export const items = new Map<string, CaseEvidence>(
  [
    { id: 'ev-rollout', person: 'mei', title: 'Staged rollouts for auth-service', date: day('2026-02-10'), kind: 'prevention' },
    { id: 'ev-alerts', person: 'mei', title: 'Alert review with the rota', date: day('2026-05-04'), kind: 'reliability' },
    { id: 'ev-mentee', person: 'mei', title: 'Mentored the new joiner', date: day('2026-05-20'), kind: 'mentoring' },
    { id: 'ev-other', person: 'dev', title: 'Dev’s incident', date: day('2026-03-01'), kind: 'incident-response' },
  ].map((i) => [i.id, i]),
);

export function example(id: string, dimensions: string[], evidence: string[], rest: Partial<CaseExample> = {}): CaseExample {
  return { id, position: 0, problem: `Problem of ${id}`, scope: 'Identity services', action: 'Wrote the design doc and led the rollout', result: 'Change failure rate fell from 12% to 4%', from: day('2026-01-05'), to: day('2026-03-01'), dimensions, evidence, ...rest };
}

export function promotionCase(examples: CaseExample[]): PromotionCase {
  return { id: 'case-1', cycle: 'cy', person: 'mei', targetLevel: 'l4', ladder: { id: 'eng', version: 1 }, templateVersion: 1, examples, createdAt: day('2026-06-01'), updatedAt: day('2026-06-02') };
}
