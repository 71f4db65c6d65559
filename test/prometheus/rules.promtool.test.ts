/**
 * The exported Prometheus rules are valid (`promtool check rules`) and behave as Trellis's own
 * alerts do (`promtool test rules`): an hour at a 20× burn fires the 1 h / 5 m page; before
 * the errors start, nothing fires.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { prometheusRules } from '../../src/core/reliability/prometheus-rules.js';
import { fromNumber } from '../../src/core/reliability/rational.js';
import type { SloDefinition } from '../../src/core/reliability/slo.js';
import { PROMTOOL, prometheusAvailable } from './prometheus.js';

const enabled = prometheusAvailable();
const dir = mkdtempSync(join(tmpdir(), 'trellis-rules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const base: SloDefinition = {
  name: 'checkout-availability',
  service: 'checkout',
  budgetingMethod: 'Occurrences',
  target: fromNumber(0.999),
  timeSliceMinutes: 1,
  window: { kind: 'rolling', duration: { count: 30, unit: 'd' } },
  noData: 'excluded',
  minEvents: 100,
};
const queries = { good: 'sum(rate(http_requests_total{service="checkout",code!~"5.."}[5m]))', total: 'sum(rate(http_requests_total{service="checkout"}[5m]))' };

describe.skipIf(!enabled)('Prometheus rules of an SLO', () => {
  it('pass promtool check rules for every budgeting method and window kind', () => {
    const groups = [
      prometheusRules(base, queries, Date.UTC(2026, 2, 1)),
      prometheusRules({ ...base, name: 'search-latency', budgetingMethod: 'Timeslices', timeSliceTarget: fromNumber(0.95) }, queries, Date.UTC(2026, 2, 1)),
      prometheusRules({ ...base, name: 'ratio-slices', budgetingMethod: 'RatioTimeslices' }, { bad: 'sum(rate(errors_total[5m]))', total: queries.total }, Date.UTC(2026, 2, 1)),
      prometheusRules({ ...base, name: 'monthly', window: { kind: 'calendar', duration: { count: 1, unit: 'M' }, startTime: '2026-01-01 00:00:00', timeZone: 'Europe/Berlin' } }, queries, Date.UTC(2026, 1, 10)),
    ];
    // February in Berlin: 28 days, so the 1 h page factor is 13.44.
    expect(groups[3]!.rules.find((r) => 'alert' in r && r.alert === 'SLOBurnPage1h5m')!.expr).toContain('> (13.44 * 0.001)');
    const file = join(dir, 'all.yml');
    writeFileSync(file, stringify({ groups }, { aliasDuplicateObjects: false }));
    const out = execFileSync(PROMTOOL, ['check', 'rules', file], { encoding: 'utf8' });
    expect(out).toMatch(/SUCCESS: \d+ rules found/);
  });

  it('fire the 1 h / 5 m page after an hour at 20× burn, as Trellis does, and not before', () => {
    const group = prometheusRules(base, queries, Date.UTC(2026, 2, 1));
    writeFileSync(join(dir, 'rules.yml'), stringify({ groups: [group] }, { aliasDuplicateObjects: false }));
    const page = group.rules.find((r) => 'alert' in r && r.alert === 'SLOBurnPage1h5m') as { labels: Record<string, string>; annotations: Record<string, string> };
    const test = {
      rule_files: ['rules.yml'],
      evaluation_interval: '1m',
      tests: [
        {
          interval: '1m',
          input_series: [
            { series: 'http_requests_total{service="checkout",code="200"}', values: '0+980x180' },
            // No errors for two hours, then 20 a minute: 2 % of 1,000 a minute against a 0.1 % budget.
            { series: 'http_requests_total{service="checkout",code="500"}', values: '0+0x119 20+20x60' },
          ],
          alert_rule_test: [
            { eval_time: '100m', alertname: 'SLOBurnPage1h5m', exp_alerts: [] },
            { eval_time: '179m', alertname: 'SLOBurnPage1h5m', exp_alerts: [{ exp_labels: page.labels, exp_annotations: page.annotations }] },
          ],
        },
      ],
    };
    writeFileSync(join(dir, 'test.yml'), stringify(test));
    const out = execFileSync(PROMTOOL, ['test', 'rules', join(dir, 'test.yml')], { encoding: 'utf8', cwd: dir });
    expect(out).toContain('SUCCESS');
  });
});
