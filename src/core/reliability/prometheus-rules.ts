/**
 * The SLO as Prometheus recording and alerting rules, so the same alerts can run where the
 * metrics live. Per SLO one rule group (evaluated every minute):
 * - `slo:sli_good:rate` and `slo:sli_total:rate` record the SLI's own good (or total − bad)
 *   and total queries;
 * - `slo:sli_error:ratio_rate<w>` is the error ratio over each window w, weighted by traffic
 *   (Σgood / Σtotal over the window's one-minute evaluations — never a mean of ratios). For
 *   Timeslices it is the share of bad minutes; for RatioTimeslices one minus the mean ratio;
 * - one alert per multi-window pair, with the factor derived from the SLO period exactly as
 *   Trellis does, and the minimum-events guard on the long window.
 * A query written with Sloth's `{{.window}}` placeholder is not supported: the queries are
 * instant rates, which the windows then sum.
 */
import { ALERT_PAIRS, alertFactor } from './alerts.js';
import { BURN_WINDOWS } from './burn.js';
import { errorBudget } from './budget.js';
import { toNumber } from './rational.js';
import type { SloDefinition } from './slo.js';
import { periodMs } from './window.js';

export interface SliQueries {
  good?: string;
  bad?: string;
  total: string;
}

export interface RuleGroup {
  name: string;
  interval: string;
  rules: ({ record: string; expr: string; labels: Record<string, string> } | { alert: string; expr: string; labels: Record<string, string>; annotations: Record<string, string> })[];
}

const oneLine = (q: string) => q.trim().replace(/\s*\n\s*/g, ' ');
/** Enough digits that the rule's threshold is the factor Trellis compares with. */
const num = (x: number) => String(Number(x.toPrecision(15)));

export function prometheusRules(slo: SloDefinition, q: SliQueries, at: number): RuleGroup {
  const sel = `{slo="${slo.name}"}`;
  const labels = { slo: slo.name, service: slo.service };
  const good = q.good !== undefined ? oneLine(q.good) : `(${oneLine(q.total)}) - (${oneLine(q.bad!)})`;
  const rules: RuleGroup['rules'] = [
    { record: 'slo:sli_good:rate', expr: good, labels },
    { record: 'slo:sli_total:rate', expr: oneLine(q.total), labels },
  ];
  if (slo.budgetingMethod === 'Timeslices') {
    const t = num(toNumber(slo.timeSliceTarget!));
    rules.push({ record: 'slo:sli_slice_good', expr: `(slo:sli_good:rate${sel} / slo:sli_total:rate${sel}) >= bool ${t}`, labels });
  }
  if (slo.budgetingMethod === 'RatioTimeslices') rules.push({ record: 'slo:sli_ratio', expr: `slo:sli_good:rate${sel} / slo:sli_total:rate${sel}`, labels });
  for (const w of Object.keys(BURN_WINDOWS)) {
    const expr =
      slo.budgetingMethod === 'Timeslices' ? `1 - avg_over_time(slo:sli_slice_good${sel}[${w}])`
      : slo.budgetingMethod === 'RatioTimeslices' ? `1 - avg_over_time(slo:sli_ratio${sel}[${w}])`
      : `1 - (sum_over_time(slo:sli_good:rate${sel}[${w}]) / sum_over_time(slo:sli_total:rate${sel}[${w}]))`;
    rules.push({ record: `slo:sli_error:ratio_rate${w}`, expr, labels });
  }
  const budget = num(toNumber(errorBudget(slo)));
  const period = periodMs(slo.window, at);
  for (const pair of ALERT_PAIRS) {
    const factor = num(toNumber(alertFactor(pair, period)));
    const threshold = `(${factor} * ${budget})`;
    rules.push({
      alert: `SLOBurn${pair.severity === 'page' ? 'Page' : 'Ticket'}${pair.longWindow}${pair.shortWindow}`,
      expr: [
        `slo:sli_error:ratio_rate${pair.longWindow}${sel} > ${threshold}`,
        `and slo:sli_error:ratio_rate${pair.shortWindow}${sel} > ${threshold}`,
        // Minimum-events guard: the long window's events (per-second rates, one sample a minute).
        `and (sum_over_time(slo:sli_total:rate${sel}[${pair.longWindow}]) * 60) >= ${slo.minEvents}`,
      ].join(' '),
      labels: { ...labels, severity: pair.severity, long_window: pair.longWindow, short_window: pair.shortWindow },
      annotations: {
        summary: `${slo.name}: error budget burning faster than ${factor}× over ${pair.longWindow} and ${pair.shortWindow}`,
        description: `At this rate the ${pair.longWindow} window alone spends ${num(toNumber(pair.budgetShare) * 100)} % of the ${slo.name} error budget.`,
      },
    });
  }
  return { name: `trellis-slo-${slo.name}`, interval: '1m', rules };
}
