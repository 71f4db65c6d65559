/** An evidence outcome as the API gives it, for the living-document tests: deploy-pipeline's CFR improved. */
import type { EvidenceOutcome } from './model';

const compared = (before: number | null, after: number | null, nBefore: number, nAfter: number, ci: [number, number] | null, verdict: 'improved' | 'no clear change') => ({
  before,
  after,
  difference: before === null || after === null ? null : after - before,
  nBefore,
  nAfter,
  unit: 'deployments' as const,
  groupsBefore: null,
  groupsAfter: null,
  ci,
  method: 'newcombe-wilson' as const,
  betterWhen: 'lower' as const,
  verdict,
  noVerdictReason: null,
  afterTo: 0,
});

export function sampleOutcome(at: string): EvidenceOutcome {
  return {
    link: { target: 'service', id: 'deploy-pipeline', at, windowDays: 90, metric: 'changeFailureRate' },
    status: 'figures',
    message: null,
    scope: { kind: 'service', id: 'deploy-pipeline', name: 'deploy-pipeline' },
    headline: 'changeFailureRate',
    slo: null,
    metrics: {
      deploymentFrequency: compared(14, 15, 212, 190, null, 'no clear change'),
      leadTime: compared(20, 18, 400, 380, null, 'no clear change'),
      changeFailureRate: compared(0.18, 0.065, 212, 190, [-0.17, -0.08], 'improved'),
      recoveryTime: compared(null, null, 0, 0, null, 'no clear change'),
      reworkRate: compared(0.1, 0.1, 212, 190, null, 'no clear change'),
    },
    comparison: { windowDays: 90, requestedWindowDays: 90, dataEnd: '2026-12-01T00:00:00.000Z', failureLagDays: 14, notes: [] },
  };
}
