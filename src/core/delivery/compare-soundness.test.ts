/**
 * The before/after figures sit beside a person's review, so they must not call noise a change:
 * the no-change simulation, too little data, zero events, windows past the data's end, and
 * intervals that do not depend on the seed.
 */
import { describe, expect, it } from 'vitest';
import { compareAround } from './compare.js';
import { comparedMetrics } from './comparison-rules.js';
import { at, deploy, incident } from './delivery.test-helpers.js';
import { noChangeService } from './no-change.test-helpers.js';
import { DAY, HOUR, type DeliveryInput } from './types.js';

const T = at('2026-06-01T00:00');
/** Long CPU-bound tests yield now and then, so the test runner's worker can still answer its host. */
const breather = () => new Promise((resolve) => setImmediate(resolve));

describe('before/after on data with no real change', () => {
  it('calls at most 8% of 400 simulated services "improved" or "worsened", for every metric', async () => {
    const services = 400;
    const called = Object.fromEntries(comparedMetrics.map((m) => [m, 0])) as Record<string, number>;
    for (let seed = 1; seed <= services; seed++) {
      if (seed % 20 === 0) await breather();
      const { input } = noChangeService(seed, T);
      // Coverage does not need precise interval ends: fewer resamples keep the test quick.
      const c = compareAround(input, { t: T, resamples: 300 });
      for (const m of comparedMetrics) if (c.metrics[m].verdict !== 'no clear change') called[m]! += 1;
    }
    for (const m of comparedMetrics) expect(called[m]! / services, m).toBeLessThanOrEqual(0.08);
  }, 300_000);
});

describe('too little data', () => {
  it('one deployment each side gives no verdict, and says why', () => {
    const input: DeliveryInput = {
      changes: [],
      deployments: [deploy('a', '2026-05-20T10:00'), deploy('b', '2026-06-10T10:00')],
      incidents: [incident('i', '2026-05-20T11:00', '2026-05-20T12:00', { causedBy: 'a' })],
    };
    const c = compareAround(input, { t: T });
    expect(c.metrics.changeFailureRate).toMatchObject({ before: 1, after: 0, verdict: 'no clear change', ci: null });
    expect(c.metrics.changeFailureRate.noVerdictReason).toBe('Too little data for a verdict: 1 deployments before and 1 after; a verdict needs at least 20 on each side.');
  });

  it('4 failed of 30 before and 0 of 30 after is not "improved" (Fisher p = 0.11)', () => {
    const deployments = [];
    const incidents = [];
    for (let i = 0; i < 30; i++) {
      deployments.push({ ...deploy(`b${i}`, '2026-03-05T10:00'), finishedAt: T - 85 * DAY + i * 2 * DAY });
      deployments.push({ ...deploy(`a${i}`, '2026-06-05T10:00'), finishedAt: T + 2 * DAY + i * 2 * DAY });
    }
    for (let i = 0; i < 4; i++) incidents.push({ id: `i${i}`, service: 'svc', startedAt: T - 85 * DAY + i * 2 * DAY + HOUR, causedBy: `b${i}` });
    const c = compareAround({ changes: [], deployments, incidents }, { t: T });
    expect(c.metrics.changeFailureRate).toMatchObject({ nBefore: 30, nAfter: 30, after: 0, verdict: 'no clear change', noVerdictReason: null });
    expect(c.metrics.changeFailureRate.ci![0]).toBeLessThan(0);
    expect(c.metrics.changeFailureRate.ci![1]).toBeGreaterThan(0);
  });
});

describe('windows past the end of the data', () => {
  // Steady: two deployments a day for 200 days, the data ends 30 days after t.
  const end = T + 30 * DAY;
  const steady: DeliveryInput = { changes: [], deployments: [], incidents: [] };
  for (let d = -170; d < 30; d++) for (const h of [9, 15]) (steady.deployments as ReturnType<typeof deploy>[]).push({ ...deploy(`d${d}-${h}`, '2026-01-01T00:00'), finishedAt: T + d * DAY + h * HOUR });

  it('without the data end, the empty future reads as a collapse in frequency', () => {
    expect(compareAround(steady, { t: T }).metrics.deploymentFrequency.verdict).toBe('worsened');
  });

  it('with it, both sides are shortened to the data there is, and the result says so', () => {
    const c = compareAround(steady, { t: T, dataEnd: end });
    expect(c.windowMs).toBe(30 * DAY);
    expect(c.requestedWindowMs).toBe(90 * DAY);
    expect(c.metrics.deploymentFrequency).toMatchObject({ before: 14, after: 14, nBefore: 30, nAfter: 30, verdict: 'no clear change' });
    expect(c.notes[0]).toBe('The data ends on 2026-07-01: both sides were shortened from 90 to 30 days, so the after side holds no empty future days.');
  });

  it('change failure rate waits out the detection lag: deployments of the last 14 days are not judged yet', () => {
    const c = compareAround(steady, { t: T, dataEnd: end });
    expect(c.metrics.changeFailureRate).toMatchObject({ nBefore: 60, nAfter: 32, afterTo: end - 14 * DAY });
    expect(c.metrics.deploymentFrequency.afterTo).toBe(end);
    expect(c.notes[1]).toMatch(/judge deployments up to 2026-06-17 only: failures of the last 14 days/);
  });

  it('a moment less than 7 days before the data ends gets no verdicts at all', () => {
    const c = compareAround(steady, { t: end - 3 * DAY, dataEnd: end });
    for (const m of comparedMetrics) expect(c.metrics[m]).toMatchObject({ verdict: 'no clear change', noVerdictReason: 'Less than 7 days of data after this moment: too soon to compare.' });
  });
});

describe('random precision', () => {
  it('another seed does not flip a verdict on demo-like services', async () => {
    for (const seed of [11, 12, 13]) {
      await breather();
      const { input } = noChangeService(seed, T);
      // A real improvement after t on top of the no-change data: half the lead time of later deployments.
      const shifted: DeliveryInput = {
        ...input,
        changes: input.changes.map((c) => (c.committedAt > T ? { ...c, committedAt: c.committedAt + 0.5 * ((input.deployments.find((d) => d.changes?.includes(c.id))?.finishedAt ?? c.committedAt) - c.committedAt) } : c)),
      };
      for (const data of [input, shifted]) {
        const verdicts = [1, 2, 3].map((s) => comparedMetrics.map((m) => compareAround(data, { t: T, seed: s }).metrics[m].verdict).join());
        expect(new Set(verdicts).size).toBe(1);
      }
    }
  }, 300_000);
});
