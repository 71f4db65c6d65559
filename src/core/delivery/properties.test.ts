/**
 * Properties that must hold for ANY input: the figures are order-free, re-import-proof, bounded,
 * and a change is never shipped twice in one environment.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../demo/random.js';
import { attributeEnvironment } from './attribution.js';
import { graph } from './delivery.test-helpers.js';
import { indexInput } from './indexed.js';
import { deliveryMetrics, type MetricsOptions } from './metrics.js';
import { DAY, HOUR, type ChangeEvent, type DeliveryInput, type DeploymentEvent, type IncidentEvent } from './types.js';

const T0 = Date.UTC(2024, 2, 4);
const SERVICES = ['s1', 's2'];
const ENVS = ['production', 'staging'];

/** `arb` present with probability `p`, else null. */
const maybe = <T>(arb: fc.Arbitrary<T>, p: number): fc.Arbitrary<T | null> =>
  fc.oneof({ arbitrary: fc.constant(null), weight: Math.round((1 - p) * 100) }, { arbitrary: arb, weight: Math.round(p * 100) });

/** A random but well-formed history: ids unique, references pointing at plausible ids, a linear commit graph. */
const history: fc.Arbitrary<DeliveryInput> = fc
  .record({
    changes: fc.array(
      fc.record({ service: fc.constantFrom(...SERVICES), jitter: fc.integer({ min: 0, max: 11 }), merge: fc.boolean(), revert: maybe(fc.nat(40), 0.15), dep: maybe(fc.nat(30), 0.2) }),
      { maxLength: 40, size: 'large' },
    ),
    deployments: fc.array(
      fc.record({
        service: fc.constantFrom(...SERVICES),
        env: fc.constantFrom(...ENVS),
        ok: fc.boolean(),
        t: fc.integer({ min: 0, max: 30 * 24 }),
        commit: maybe(fc.nat(40), 0.7),
        list: maybe(fc.array(fc.nat(40), { maxLength: 5 }), 0.4),
        rollback: maybe(fc.nat(30), 0.1),
        remediates: maybe(fc.nat(15), 0.1),
      }),
      { maxLength: 30, size: 'large' },
    ),
    incidents: fc.array(
      fc.record({ service: fc.constantFrom(...SERVICES), t: fc.integer({ min: 0, max: 30 * 24 }), dur: maybe(fc.integer({ min: 0, max: 48 }), 0.8), cause: maybe(fc.nat(30), 0.6) }),
      { maxLength: 15 },
    ),
    graph: fc.boolean(),
  })
  .map((g) => {
    const changes: ChangeEvent[] = g.changes.map((c, i) => ({
      id: `c${i}`,
      service: c.service,
      committedAt: T0 + (i * 12 + c.jitter) * HOUR, // roughly in graph order, as commits are
      isMerge: c.merge,
      ...(c.revert === null ? {} : { revertOf: `c${c.revert}` }),
      ...(c.dep === null ? {} : { deployment: `d${c.dep}` }),
    }));
    const deployments: DeploymentEvent[] = g.deployments.map((d, i) => ({
      id: `d${i}`,
      service: d.service,
      environment: d.env,
      status: d.ok ? 'success' : 'failure',
      finishedAt: T0 + d.t * HOUR,
      ...(d.commit === null ? {} : { commit: `c${d.commit}` }),
      ...(d.list === null ? {} : { changes: d.list.map((n) => `c${n}`) }),
      ...(d.rollback === null ? {} : { rollbackOf: `d${d.rollback}` }),
      ...(d.remediates === null ? {} : { remediates: `i${d.remediates}` }),
    }));
    const incidents: IncidentEvent[] = g.incidents.map((x, i) => ({
      id: `i${i}`,
      service: x.service,
      startedAt: T0 + x.t * HOUR,
      ...(x.dur === null ? {} : { resolvedAt: T0 + (x.t + x.dur) * HOUR }),
      ...(x.cause === null ? {} : { causedBy: `d${x.cause}` }),
    }));
    const input: DeliveryInput = { changes, deployments, incidents };
    if (g.graph) input.ancestry = graph(Object.fromEntries(changes.map((_, i) => [`c${i + 1}`, [`c${i}`]])));
    return input;
  });

const options: fc.Arbitrary<MetricsOptions> = fc.record({
  from: fc.integer({ min: -3, max: 20 }).map((d) => T0 + d * DAY),
  days: fc.integer({ min: 1, max: 20 }),
  environment: fc.constantFrom(...ENVS),
  includeMerges: fc.boolean(),
}).map(({ from, days, environment, includeMerges }) => ({ from, to: from + days * DAY, environment, includeMerges }));

function shuffled<T>(items: readonly T[], seed: number): T[] {
  return new Rng(seed).shuffle([...items]);
}

describe('delivery properties', () => {
  it('CFR and rework rate lie in [0, 1], and are null only with no deployments', () => {
    fc.assert(
      fc.property(history, options, (input, o) => {
        const m = deliveryMetrics(input, o);
        for (const r of [m.changeFailureRate.rate, m.reworkRate.rate]) {
          if (m.changeFailureRate.deployments === 0) expect(r).toBeNull();
          else {
            expect(r).toBeGreaterThanOrEqual(0);
            expect(r).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });

  it('shuffling the input order never changes any figure', () => {
    fc.assert(
      fc.property(history, options, fc.integer(), (input, o, seed) => {
        const again: DeliveryInput = {
          ...input,
          changes: shuffled(input.changes, seed),
          deployments: shuffled(input.deployments, seed + 1),
          incidents: shuffled(input.incidents, seed + 2),
        };
        expect(deliveryMetrics(again, o)).toEqual(deliveryMetrics(input, o));
      }),
    );
  });

  it('importing the same events again never changes a figure', () => {
    fc.assert(
      fc.property(history, options, fc.integer(), (input, o, seed) => {
        const rng = new Rng(seed);
        const twice = <T>(xs: readonly T[]) => [...xs, ...xs.filter(() => rng.chance(0.5)).map((x) => ({ ...x }))];
        const again = { ...input, changes: twice(input.changes), deployments: twice(input.deployments), incidents: twice(input.incidents) };
        expect(deliveryMetrics(again, o)).toEqual(deliveryMetrics(input, o));
      }),
    );
  });

  it('every change is shipped by at most one deployment per environment', () => {
    fc.assert(
      fc.property(history, (input) => {
        const ix = indexInput(input);
        for (const s of SERVICES) {
          for (const e of ENVS) {
            const ids = attributeEnvironment(ix, s, e).deployments.flatMap((d) => d.changes);
            expect(new Set(ids).size).toBe(ids.length);
          }
        }
      }),
    );
  });

  it('median lead time and recovery lie between the smallest and largest event', () => {
    fc.assert(
      fc.property(history, options, (input, o) => {
        const m = deliveryMetrics(input, o);
        const check = (median: number | null, values: number[]) => {
          if (values.length === 0) return expect(median).toBeNull();
          expect(median).toBeGreaterThanOrEqual(Math.min(...values));
          expect(median).toBeLessThanOrEqual(Math.max(...values));
        };
        check(m.leadTime.medianHours, m.leadTime.events.leadTimes.map((e) => e.hours));
        check(m.recoveryTime.medianHours, m.recoveryTime.events.recoveries.map((r) => r.hours));
        expect(m.leadTime.n).toBe(m.leadTime.events.leadTimes.length);
      }),
    );
  });
});
