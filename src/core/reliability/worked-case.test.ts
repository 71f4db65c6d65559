import { describe, expect, it } from 'vitest';
import { sloStatus } from './status.js';
import { AT, DAY, MINUTE, minutes, slo, sourceOf } from './test-helpers.js';

/** spec/reliability.md, "Worked case": checked figure by figure. */
describe('the worked case: Occurrences, 99.9 %, 30 d rolling, 1,000 requests a minute', () => {
  const def = slo();
  const episode = AT - 10 * DAY;
  const slices = minutes(AT - 30 * DAY, AT, 1000, (t) =>
    t >= episode && t < episode + 204 * MINUTE ? 100 : t >= AT - 60 * MINUTE ? 20 : 0,
  );
  const status = sloStatus(def, sourceOf(def, slices, AT - 31 * DAY, AT), AT);

  it('counts 43,200,000 events and 21,600 bad: half the budget consumed, half remaining', () => {
    expect(status.events).toEqual({ good: 43_200_000 - 21_600, bad: 21_600, total: 43_200_000 });
    expect(status.budgetConsumed).toBe(0.5);
    expect(status.budgetRemaining).toBe(0.5);
    expect(status.budgetRemainingSigned).toBe(0.5);
  });

  it('gives the burn rates of every window', () => {
    const r = status.burnRates;
    expect(r['5m']).toBe(20);
    expect(r['30m']).toBe(20);
    expect(r['1h']).toBe(20);
    expect(r['2h']).toBe(10);
    expect(r['6h']).toBeCloseTo(10 / 3, 12);
    expect(r['1d']).toBeCloseTo(5 / 6, 12);
    expect(r['3d']).toBeCloseTo(5 / 18, 12);
    expect(r['6h']!.toFixed(2)).toBe('3.33');
    expect(r['1d']!.toFixed(3)).toBe('0.833');
    expect(r['3d']!.toFixed(3)).toBe('0.278');
  });

  it('fires the 1 h / 5 m page and nothing else, with the factors of a 30-day period', () => {
    expect(status.alerts.map((a) => [a.severity, a.longWindow, a.shortWindow, a.factor, a.firing])).toEqual([
      ['page', '1h', '5m', 14.4, true],
      ['page', '6h', '30m', 6, false],
      ['ticket', '1d', '2h', 3, false],
      ['ticket', '3d', '6h', 1, false],
    ]);
  });

  it('started firing 43.2 minutes into the hour', () => {
    const page = status.alerts[0]!;
    expect(Date.parse(page.firingSince!)).toBe(AT - 60 * MINUTE + 43.2 * MINUTE);
  });

  it('says what the page means: 2 % of the budget per firing hour, and 18 hours to exhaustion at 20×', () => {
    const page = status.alerts[0]!;
    expect(page.budgetConsumedIfFires).toBe(0.02);
    expect(page.minutesToExhaustion).toBeCloseTo(18 * 60, 9);
  });
});
