import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/cli.js';
import { jsonl, org } from '../../../test/records.js';

const dir = mkdtempSync(join(tmpdir(), 'trellis-slo-cli-'));
const db = join(dir, 't.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const slo = (target: string) => `apiVersion: openslo/v1
kind: SLO
metadata:
  name: payments-availability
spec:
  service: payments-api
  indicatorRef: payments-ok
  timeWindow:
    - duration: 30d
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - target: ${target}
---
apiVersion: openslo/v1
kind: SLI
metadata:
  name: payments-ok
spec:
  ratioMetric:
    counter: true
    good: { metricSource: { type: Prometheus, spec: { query: 'sum(rate(ok_total[1m]))' } } }
    total: { metricSource: { type: Prometheus, spec: { query: 'sum(rate(all_total[1m]))' } } }
`;

describe('trellis slo', () => {
  it('imports, lists, reports status as JSON and exports; a bad file exits 2 and stores nothing', async () => {
    writeFileSync(join(dir, 'org.jsonl'), jsonl(org));
    expect((await runCli(['import', '--db', db, join(dir, 'org.jsonl')])).code).toBe(0);

    writeFileSync(join(dir, 'bad.yaml'), slo('1.5'));
    const bad = await runCli(['slo', 'import', '--db', db, join(dir, 'bad.yaml')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${join(dir, 'bad.yaml')}:13: document 1, SLO "payments-availability", spec.objectives[0].target: must be in [0, 1)`);
    expect(JSON.parse((await runCli(['slo', 'list', '--db', db, '--json'])).stdout)).toEqual([]);

    writeFileSync(join(dir, 'slo.yaml'), slo('0.999'));
    const ok = await runCli(['slo', 'import', '--db', db, join(dir, 'slo.yaml'), '--json']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout).objects.map((o: { kind: string }) => o.kind)).toEqual(['SLO', 'SLI']);

    const slices = Array.from({ length: 120 }, (_, i) => ({ kind: 'sli', slo: 'payments-availability', at: new Date(Date.UTC(2026, 2, 1) + i * 60_000).toISOString(), good: i >= 60 ? 980 : 1000, total: 1000 }));
    writeFileSync(join(dir, 'sli.jsonl'), jsonl(slices));
    expect((await runCli(['import', '--db', db, join(dir, 'sli.jsonl')])).code).toBe(0);

    const status = await runCli(['slo', 'status', '--db', db, '--at', '2026-03-01T02:00:00Z', '--json']);
    expect(status.code, status.stderr).toBe(0);
    const [s] = JSON.parse(status.stdout);
    expect(Object.keys(s)).toEqual(expect.arrayContaining(['name', 'service', 'budgetConsumed', 'budgetRemaining', 'burnRates', 'alerts']));
    expect(s.name).toBe('payments-availability');
    expect(s.budgetConsumed).toBe(10);
    expect(Object.keys(s.burnRates)).toEqual(['5m', '30m', '1h', '2h', '6h', '1d', '3d']);
    expect(s.burnRates['1h']).toBe(20);
    expect(s.alerts.map((a: { longWindow: string; shortWindow: string; factor: number; firing: boolean }) => [a.longWindow, a.shortWindow, a.factor, a.firing])).toEqual([
      ['1h', '5m', 14.4, true],
      ['6h', '30m', 6, true],
      ['1d', '2h', 3, true],
      ['3d', '6h', 1, true],
    ]);

    const exported = await runCli(['slo', 'export', '--db', db]);
    expect(exported.stdout).toMatch(/^---\napiVersion: openslo\/v1\nkind: SLI\n/);
    expect(exported.stdout).toContain('indicatorRef: payments-ok');
  });
});
