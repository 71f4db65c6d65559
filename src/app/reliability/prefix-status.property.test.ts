/**
 * The status read from stored running sums (planned windows, a capped raw read for an alert's
 * start) must equal, figure for figure, the core's status over the raw slices — on random SLOs
 * and random, gappy SLI data imported in several files out of order (late corrections rewrite
 * the running sums of every later hour), on both dialects.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect, freshStore, type TestStore } from '../../../test/dialects.js';
import { jsonl, org, sourceOf } from '../../../test/records.js';
import { operatorActor } from '../../core/access/actor.js';
import { sloStatus } from '../../core/reliability/status.js';
import { SloRepository } from '../../store/slo-repository.js';
import { importRecords } from '../import-records.js';
import { manualRuntime } from '../runtime.js';
import { importOpenSlo } from './import-openslo.js';
import { sloDefinitions, sourceFor, statusOf } from './slo-status.js';

const MINUTE = 60_000;
const AT = Date.UTC(2026, 2, 10, 12, 37);
const SPAN = 5 * 1440; // minutes of data before AT

const sloText = (name: string, method: 'Occurrences' | 'Timeslices', target: string, duration: string) => `apiVersion: openslo/v1
kind: SLO
metadata: { name: ${name} }
spec:
  service: payments-api
  indicator:
    metadata: { name: ${name}-sli }
    spec: { ratioMetric: { counter: true, good: { metricSource: { type: Prometheus, spec: { query: ok } } }, total: { metricSource: { type: Prometheus, spec: { query: all } } } } }
  timeWindow: [{ duration: ${duration}, isRolling: true }]
  budgetingMethod: ${method}
  objectives:
    - target: ${target}
${method === 'Timeslices' ? '      timeSliceTarget: 0.9\n      timeSliceWindow: 1m\n' : ''}`;

const slice = fc.record({ minute: fc.integer({ min: 0, max: SPAN - 1 }), total: fc.integer({ min: 0, max: 200 }), badShare: fc.constantFrom(0, 0, 0, 0.01, 0.2, 1) });
const scenario = fc.record({
  method: fc.constantFrom('Occurrences' as const, 'Timeslices' as const),
  target: fc.constantFrom('0.9', '0.99', '0.999'),
  duration: fc.constantFrom('1d', '3d', '30d'),
  slices: fc.array(slice, { minLength: 1, maxLength: 400 }),
  // An outage of the last minutes (makes alerts fire, so their start is walked back).
  outage: fc.integer({ min: 0, max: 400 }),
  files: fc.integer({ min: 1, max: 3 }),
  atOffset: fc.integer({ min: 0, max: 90 }),
});

describeEachDialect('SLO status from running sums', (dialect) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await freshStore(dialect);
    await importRecords(store, sourceOf('org.jsonl', jsonl(org)));
  });
  afterAll(() => store.dispose());

  it('equals the core over raw slices on every figure (random SLOs and data)', async () => {
    let run = 0;
    let firing = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async (sc) => {
        const name = `p-${dialect}-${run++}`;
        await importOpenSlo(store, manualRuntime(AT), operatorActor, [{ name: 'slo.yaml', text: sloText(name, sc.method, sc.target, sc.duration) }]);
        // One record per minute (a file states each once): the outage wins over a random slice.
        const byMinute = new Map<number, { good: number; total: number }>();
        for (const s of sc.slices) {
          const bad = Math.round(s.total * s.badShare);
          byMinute.set(AT - (SPAN - s.minute) * MINUTE, { good: s.total - bad, total: s.total });
        }
        for (let m = 0; m < sc.outage; m++) byMinute.set(AT - (m + 1) * MINUTE, { good: 10, total: 100 });
        const records = [...byMinute].map(([t, v]) => ({ kind: 'sli', slo: name, at: new Date(t).toISOString(), ...v }));
        // Several files, the later ones holding earlier minutes: running sums of later hours must follow.
        const chunk = Math.ceil(records.length / sc.files);
        for (let f = sc.files - 1; f >= 0; f--) {
          const part = records.slice(f * chunk, (f + 1) * chunk);
          if (part.length > 0) await importRecords(store, sourceOf(`sli-${f}.jsonl`, jsonl(part)));
        }
        const deps = { slos: new SloRepository(store.db) };
        const def = (await sloDefinitions(deps)).find((d) => d.name === name)!;
        const at = AT - sc.atOffset * MINUTE;
        const expected = sloStatus(def, await sourceFor(deps, def, at, true), at);
        expect(await statusOf(deps, def, at)).toEqual(expected);
        if (expected.alerts.some((a) => a.firing)) firing += 1;
      }),
      { numRuns: 25, seed: 20261206 },
    );
    // The capped raw read for an alert's start was exercised, not only the planned sums.
    expect(firing).toBeGreaterThan(0);
  }, 240_000);
});
