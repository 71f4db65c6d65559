import { describe, expect, it } from 'vitest';
import { reliabilityContext, type SloContextInput } from './reliability-context.js';

const to = Date.UTC(2026, 9, 1);
const slo = (over: Partial<SloContextInput>): SloContextInput => ({ name: 'checkout-availability', service: 'payments-api', at: to, budgetRemainingSigned: 0.62, burn1d: 0.8333, burn3d: 1.1, counted: 43_200_000, countedUnit: 'events', firing: 0, ...over });

describe('reliabilityContext', () => {
  it('writes each SLO of the team with its budget, burn and n, and the incidents by severity', () => {
    const figures = reliabilityContext([slo({}), slo({ name: 'search-latency', service: 'search-api', at: to - 86_400_000, budgetRemainingSigned: -0.25, burn1d: 2, burn3d: null, counted: 40_320, countedUnit: 'slices', firing: 1 })], [{ severity: 'SEV2', count: 2 }, { severity: 'SEV1', count: 1 }, { severity: null, count: 1 }], to);
    expect(figures).toEqual([
      { label: 'SLO checkout-availability (payments-api): error budget', value: '62.0% remaining; burn 0.83× over 1 d, 1.10× over 3 d', n: 43_200_000 },
      { label: 'SLO search-latency (search-api): error budget (as of 2026-09-30, the end of its SLI data)', value: 'overspent by 25.0%; burn 2.00× over 1 d, no data over 3 d; 1 alert firing', n: 40_320 },
      { label: "Incidents on the team's services", value: '1 SEV1, 2 SEV2, 1 without severity', n: 4 },
    ]);
  });

  it('is null for a team whose services have no SLO', () => {
    expect(reliabilityContext([], [{ severity: 'SEV1', count: 3 }], to)).toBeNull();
  });
});
