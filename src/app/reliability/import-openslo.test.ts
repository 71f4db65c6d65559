import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect, freshStore, type TestStore } from '../../../test/dialects.js';
import { jsonl, org, sourceOf } from '../../../test/records.js';
import { operatorActor } from '../../core/access/actor.js';
import { TrellisError, formatProblem } from '../../errors.js';
import { writeOpenSloText } from '../../sources/openslo/write-openslo.js';
import { SloRepository } from '../../store/slo-repository.js';
import { importRecords } from '../import-records.js';
import { manualRuntime } from '../runtime.js';
import { importOpenSlo } from './import-openslo.js';
import { exportOpenSlo } from './export-openslo.js';
import { sloStatuses, sourceFor, sloDefinitions } from './slo-status.js';
import { sloStatus } from '../../core/reliability/status.js';

const runtime = manualRuntime(Date.UTC(2026, 2, 1));
const slo = (over: { name?: string; service?: string; target?: string; method?: string; objective?: string; duration?: string } = {}) => `apiVersion: openslo/v1
kind: SLO
metadata:
  name: ${over.name ?? 'payments-availability'}
spec:
  service: ${over.service ?? 'payments-api'}
  indicator:
    metadata:
      name: payments-non-5xx
    spec:
      ratioMetric:
        counter: true
        good:
          metricSource:
            type: Prometheus
            spec:
              query: sum(rate(http_requests_total{code!~"5.."}[1m]))
        total:
          metricSource:
            type: Prometheus
            spec:
              query: sum(rate(http_requests_total[1m]))
  timeWindow:
    - duration: ${over.duration ?? '1d'}
      isRolling: true
  budgetingMethod: ${over.method ?? 'Occurrences'}
  objectives:
    - target: ${over.target ?? '0.99'}
${over.objective ?? ''}`;

async function rejection(store: TestStore, files: { name: string; text: string }[]): Promise<string[]> {
  try {
    await importOpenSlo(store, runtime, operatorActor, files);
  } catch (e) {
    expect(e).toBeInstanceOf(TrellisError);
    expect((e as TrellisError).exitCode).toBe(2);
    return (e as TrellisError).problems.map(formatProblem);
  }
  throw new Error('expected the import to be rejected');
}

describeEachDialect('OpenSLO import', (dialect) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await freshStore(dialect);
    await importRecords(store, sourceOf('org.jsonl', jsonl(org)));
  });
  afterEach(() => store.dispose());

  it('stores an SLO and exports it back exactly', async () => {
    const summary = await importOpenSlo(store, runtime, operatorActor, [{ name: 'slo.yaml', text: slo() }]);
    expect(summary.objects).toEqual([{ kind: 'SLO', name: 'payments-availability', file: 'slo.yaml', sourceVersion: 'openslo/v1' }]);
    const exported = writeOpenSloText(await exportOpenSlo({ slos: new SloRepository(store.db) }, operatorActor));
    expect(exported).toContain('target: 0.99');
    await importOpenSlo(store, runtime, operatorActor, [{ name: 'export.yaml', text: exported }]);
    expect(writeOpenSloText(await exportOpenSlo({ slos: new SloRepository(store.db) }, operatorActor))).toBe(exported);
  });

  it.each([
    ['malformed YAML', 'apiVersion: openslo/v1\nkind: SLO\n  metadata: [', /bad\.yaml:\d+: not valid YAML/],
    ['an unknown kind', 'apiVersion: openslo/v1\nkind: Dashboard\nmetadata:\n  name: x\nspec: {}\n', /bad\.yaml:2: document 1, Dashboard "x", kind: unknown kind "Dashboard"/],
    ['30M slices (months, not minutes)', slo({ method: 'Timeslices', objective: '      timeSliceTarget: 0.95\n      timeSliceWindow: 30M\n' }), /bad\.yaml:\d+: document 1, SLO "payments-availability", spec\.objectives\[0\]\.timeSliceWindow: must be minutes, hours or days — "30M" is 30 months \(did you mean m, minutes\?\)/],
    ['a target of 1', slo({ target: '1' }), /bad\.yaml:\d+: document 1, SLO "payments-availability", spec\.objectives\[0\]\.target: must be in \[0, 1\)/],
    ['an SLO of a service Trellis does not know', slo({ service: 'nowhere' }), /bad\.yaml:1: document 1, SLO "payments-availability", spec\.service: service "nowhere" does not exist in Trellis/],
    ['an unknown field', slo().replace('  budgetingMethod', '  budgetMethod: Occurrences\n  budgetingMethod'), /spec: unknown field "budgetMethod"/],
  ])('refuses %s, naming file and field, and stores nothing', async (_what, text, pattern) => {
    const problems = await rejection(store, [{ name: 'ok.yaml', text: slo({ name: 'fine-slo' }) }, { name: 'bad.yaml', text }]);
    expect(problems.join('\n')).toMatch(pattern);
    expect(await new SloRepository(store.db).objects()).toEqual([]);
  });

  it('computes the same status from rollups as from raw slices, and keeps rollups current on re-import', async () => {
    await importOpenSlo(store, runtime, operatorActor, [{ name: 'slo.yaml', text: slo({ target: '0.95', duration: '30d' }) }]);
    const start = Date.UTC(2026, 1, 27, 0, 0);
    const slices = [];
    for (let i = 0; i < 2 * 1440 + 37; i++) {
      const total = 50 + ((i * 37) % 23);
      const bad = i % 97 === 0 ? 9 : i % 13 === 0 ? 1 : 0;
      slices.push({ kind: 'sli', slo: 'payments-availability', at: new Date(start + i * 60_000).toISOString(), good: total - bad, total });
    }
    await importRecords(store, sourceOf('sli.jsonl', jsonl(slices)));
    // A late correction of one minute: rollups follow.
    await importRecords(store, sourceOf('fix.jsonl', jsonl([{ kind: 'sli', slo: 'payments-availability', at: new Date(start + 1500 * 60_000).toISOString(), good: 0, total: 60 }])));
    const deps = { slos: new SloRepository(store.db) };
    const at = start + (2 * 1440 + 37) * 60_000;
    const [def] = await sloDefinitions(deps);
    const fromRollups = sloStatus(def!, await sourceFor(deps, def!, at), at);
    const fromRaw = sloStatus(def!, await sourceFor(deps, def!, at, true), at);
    expect(fromRollups).toEqual(fromRaw);
    expect(fromRaw.alerts.some((a) => a.firing)).toBe(false);
    expect(fromRaw.events.total).toBeGreaterThan(60_000);
    const [status] = await sloStatuses(deps, operatorActor, { at });
    expect(status!.budgetConsumed).toBe(fromRaw.budgetConsumed);
  });
});
