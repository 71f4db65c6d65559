/**
 * `slo pull` against a real Prometheus: Debian's binary, started by the test on 127.0.0.1 (a
 * free port) over a TSDB backfilled with `promtool tsdb create-blocks-from openmetrics`. Checks
 * the integer good/total per minute, paging across query_range pages, and the error that names
 * the query when Prometheus refuses it. Prints the ingest rate (slices per second).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshStore, type TestStore } from '../dialects.js';
import { jsonl, org, sourceOf } from '../records.js';
import { importRecords } from '../../src/app/import-records.js';
import { importOpenSlo } from '../../src/app/reliability/import-openslo.js';
import { pullSli } from '../../src/app/reliability/pull-sli.js';
import { systemRuntime } from '../../src/app/runtime.js';
import { operatorActor } from '../../src/core/access/actor.js';
import { TrellisError } from '../../src/errors.js';
import { SloRepository } from '../../src/store/slo-repository.js';
import { PROMETHEUS, PROMTOOL, prometheusAvailable } from './prometheus.js';

const enabled = prometheusAvailable();
const MIN = 60_000;
// Ten days of data ending two hours ago, on whole minutes: more than one 7-day query page.
const END = Math.floor((Date.now() - 2 * 3_600_000) / 3_600_000) * 3_600_000;
const START = END - 10 * 24 * 60 * MIN;
/** Errors a minute: 20 in one hour-long episode four days before the end, otherwise none. */
const badPerMinute = (t: number) => (t >= END - 4 * 1440 * MIN && t < END - 4 * 1440 * MIN + 60 * MIN ? 20 : 0);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** OpenMetrics counters every 15 s: 1,000 requests a minute, of which badPerMinute are 500s. */
function openMetrics(): string {
  const lines = ['# HELP http_requests Requests.', '# TYPE http_requests counter'];
  let ok = 0;
  let bad = 0;
  const ok200: string[] = [];
  const err500: string[] = [];
  for (let t = START - 5 * MIN; t <= END + 5 * MIN; t += 15_000) {
    ok200.push(`http_requests_total{service="checkout",code="200"} ${ok} ${t / 1000}`);
    err500.push(`http_requests_total{service="checkout",code="500"} ${bad} ${t / 1000}`);
    const b = badPerMinute(Math.floor(t / MIN) * MIN) / 4;
    bad += b;
    ok += 250 - b;
  }
  return [...lines, ...ok200, ...err500, '# EOF', ''].join('\n');
}

const slo = (url: string, query = 'sum(rate(http_requests_total{service="checkout",code!~"5.."}[1m]))') => `apiVersion: openslo/v1
kind: DataSource
metadata:
  name: test-prometheus
spec:
  type: Prometheus
  connectionDetails:
    - url: ${url}
---
apiVersion: openslo/v1
kind: SLO
metadata:
  name: checkout-availability
spec:
  service: payments-api
  indicator:
    metadata:
      name: checkout-ok
    spec:
      ratioMetric:
        counter: true
        good:
          metricSource:
            metricSourceRef: test-prometheus
            type: Prometheus
            spec:
              query: '${query}'
        total:
          metricSource:
            metricSourceRef: test-prometheus
            type: Prometheus
            spec:
              query: sum(rate(http_requests_total{service="checkout"}[1m]))
  timeWindow:
    - duration: 30d
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - target: 0.999
`;

describe.skipIf(!enabled)('SLI slices from a real Prometheus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-prom-'));
  let prometheus: ChildProcess | undefined;
  let url = '';
  let store: TestStore;

  beforeAll(async () => {
    writeFileSync(join(dir, 'data.om'), openMetrics());
    execFileSync(PROMTOOL, ['tsdb', 'create-blocks-from', 'openmetrics', join(dir, 'data.om'), join(dir, 'tsdb')], { stdio: 'pipe' });
    writeFileSync(join(dir, 'prometheus.yml'), 'global:\n  scrape_interval: 1m\n');
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    prometheus = spawn(PROMETHEUS, [`--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${join(dir, 'tsdb')}`, '--storage.tsdb.retention.time=60d', `--web.listen-address=127.0.0.1:${port}`], { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      const ready = await fetch(`${url}/-/ready`).then((r) => r.ok, () => false);
      if (ready) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    store = await freshStore('sqlite');
    await importRecords(store, sourceOf('org.jsonl', jsonl(org)));
  }, 120_000);

  afterAll(async () => {
    prometheus?.kill('SIGTERM');
    await store?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores integer good/total per minute over ten days (two query pages)', async () => {
    await importOpenSlo(store, systemRuntime, operatorActor, [{ name: 'slo.yaml', text: slo(url) }]);
    const from = START + 10 * MIN;
    const to = END - 10 * MIN;
    const started = performance.now();
    const summary = await pullSli(store, operatorActor, { from, to });
    const secs = (performance.now() - started) / 1000;
    console.info(`[prometheus pull] ${summary.slos[0]?.slices} slices in ${secs.toFixed(2)} s: ${Math.round((summary.slos[0]?.slices ?? 0) / secs)} slices/s`);
    expect(summary.slos).toEqual([{ slo: 'checkout-availability', url, slices: (to - from) / MIN }]);
    const slices = await new SloRepository(store.db).slices('checkout-availability', from, to);
    expect(slices).toHaveLength((to - from) / MIN);
    const wrong = slices.filter((s) => s.total !== 1000 || s.total - s.good !== badPerMinute(s.at));
    expect(wrong.slice(0, 3)).toEqual([]);
    expect(slices.reduce((n, s) => n + s.total - s.good, 0)).toBe(1200);
  });

  it('names the query when Prometheus refuses it, and stores nothing of that SLO', async () => {
    const broken = 'sum(rate(http_requests_total{service="checkout"}[1m])';
    await importOpenSlo(store, systemRuntime, operatorActor, [{ name: 'slo.yaml', text: slo(url, broken) }]);
    const before = (await new SloRepository(store.db).slices('checkout-availability', START, END)).length;
    const e = await pullSli(store, operatorActor, { from: END - 120 * MIN, to: END - 60 * MIN }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TrellisError);
    expect((e as TrellisError).exitCode).toBe(2);
    expect((e as TrellisError).message).toMatch(new RegExp(`^Prometheus at ${url} refused the good query of SLO "checkout-availability": bad_data: .*parse error`));
    expect((e as TrellisError).problems[0]).toEqual({ field: 'good query', message: broken });
    expect((await new SloRepository(store.db).slices('checkout-availability', START, END)).length).toBe(before);
  });
});
