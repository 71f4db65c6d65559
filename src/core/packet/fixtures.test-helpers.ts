/** A small packet input shared by the packet tests: two signals, evidence in and out of the period. */
import type { PacketEvidence, PacketInput } from './model.js';

export const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

export function evidence(over: Partial<PacketEvidence> & { id: string }): PacketEvidence {
  return { title: over.id, date: day('2026-03-01'), kind: 'shipped', signals: [], dimensions: [], links: [], outcome: null, ...over };
}

export function packetInput(over: Partial<PacketInput> = {}): PacketInput {
  return {
    person: { id: 'amara-okafor', name: 'Amara Okafor', team: 'platform', teamName: 'Platform', level: 'L4' },
    cycle: { id: 'c1', name: '2026 H1 review', kind: 'annual', from: day('2026-01-01'), to: day('2026-07-01'), state: 'writing' },
    signals: [
      { id: 'delivery-impact', name: 'Delivery impact', definition: 'Ships what matters.' },
      { id: 'reliability-impact', name: 'Reliability impact', definition: 'Makes systems calmer.' },
    ],
    evidence: [
      evidence({ id: 'e2', title: 'Alert tuning', date: day('2026-05-10'), kind: 'prevention', signals: ['reliability-impact'] }),
      evidence({
        id: 'e1',
        title: 'Rollout automation',
        date: day('2026-03-03'),
        kind: 'prevention',
        signals: ['delivery-impact', 'reliability-impact'],
        outcome: { subject: 'deploy-pipeline', at: day('2026-03-03'), lines: [{ text: 'change failure rate of deploy-pipeline: 18.0% → 6.5% (n = 212 → 190 deployments)', verdict: 'improved', reason: null, headline: true }], notes: [] },
      }),
      evidence({ id: 'e3', title: 'Brown-bag talk', date: day('2026-04-01'), kind: 'learning', signals: ['growth'] }),
      evidence({ id: 'old', title: 'Last year', date: day('2025-12-31'), signals: ['delivery-impact'] }),
    ],
    ratings: [{ signal: 'delivery-impact', value: 'exceeds', rationale: 'Rollout automation (e1).', author: 'Sofia Rossi', cites: [{ id: 'e1', title: 'Rollout automation' }], context: '' }],
    selfReview: 'I focused on prevention.',
    managerReview: null,
    managerReviewHidden: false,
    feedback: [{ author: 'Sofia Rossi', kind: 'manager', text: 'Rollout plan was clear.', signal: 'delivery-impact', at: day('2026-02-01') }],
    context: {
      team: 'platform',
      teamName: 'Platform',
      from: day('2026-01-01'),
      to: day('2026-07-01'),
      delivery: [{ label: 'Change failure rate', value: '9.1%', n: 402 }],
      reliability: null,
    },
    flags: [],
    generatedAt: day('2026-06-15'),
    ...over,
  };
}
