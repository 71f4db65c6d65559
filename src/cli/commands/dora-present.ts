/** Presenting a delivery report on a terminal, and trimming it for `--json` without `--events`. */
import type { DeliveryReport } from '../../app/delivery/delivery-figures.js';
import type { TierLevel } from '../../core/delivery/index.js';

const NO_DATA = 'not enough data';
const num = (v: number | null, digits = 1) => (v === null ? NO_DATA : v.toFixed(digits));
const pct = (v: number | null) => (v === null ? NO_DATA : `${(v * 100).toFixed(1)}%`);
/** "median 3.2 h", or "not enough data" alone: the unit belongs to a number only. */
const median = (v: number | null) => (v === null ? NO_DATA : `median ${v.toFixed(1)} h`);
const tier = (t: TierLevel | null) => (t === null ? '' : `  [${t.level}, DORA ${t.report}]`);

export function presentDora(r: DeliveryReport): string {
  const m = r.metrics;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const lines = [
    `${r.scope.kind === 'org' ? 'Organisation' : `${r.scope.kind} ${r.scope.name}`} — ${m.environment}, ${day(m.from)} to ${day(m.to)} (${m.timeZone}), ${m.services.length} service${m.services.length === 1 ? '' : 's'}`,
    '',
    `Deployment frequency   ${m.deploymentFrequency.deployments} deployments, ${num(m.deploymentFrequency.perWeek)}/week, deploy-days/week ${num(m.deploymentFrequency.deployDaysPerWeek)}, ${m.deploymentFrequency.category ?? 'category: not enough data'}${tier(r.tier.deploymentFrequency)}`,
    `Change lead time       ${leadTime(m.leadTime)} (n = ${m.leadTime.n}${m.leadTime.skewed ? `, ${m.leadTime.skewed} skewed left out` : ''})${tier(r.tier.leadTime)}`,
    `Change failure rate    ${pct(m.changeFailureRate.rate)} (${m.changeFailureRate.failed} of ${m.changeFailureRate.deployments})${tier(r.tier.changeFailureRate)}`,
    `Recovery time          ${median(m.recoveryTime.medianHours)} (n = ${m.recoveryTime.n}, ${m.recoveryTime.open} open)${tier(r.tier.recoveryTime)}`,
    `Rework rate            ${pct(m.reworkRate.rate)} (${m.reworkRate.rework} of ${m.reworkRate.deployments})`,
    '',
    `Time to restore service ${median(m.timeToRestore.medianHours)} (n = ${m.timeToRestore.n}); unattributed incidents ${m.unattributedIncidents}; failed attempts ${m.failedAttempts}`,
    `Undeployed changes ${m.undeployedChanges.count}${m.undeployedChanges.oldestAgeHours === null ? '' : ` (oldest ${num(m.undeployedChanges.oldestAgeHours / 24)} days)`}; baseline changes ${m.baselineChanges}`,
    '',
    'Team and service context, never an individual score. Definitions: docs/metrics.md',
  ];
  return `${lines.join('\n')}\n`;
}

function leadTime(l: DeliveryReport['metrics']['leadTime']): string {
  if (l.medianHours === null) return NO_DATA;
  return `${median(l.medianHours)}, p75 ${num(l.p75Hours)} h, p90 ${num(l.p90Hours)} h`;
}

/** One line per service for `--all-services`; "n/a" where there is not enough data. */
export function presentServiceLine(service: string, m: DeliveryReport['metrics']): string {
  const n = (v: number | null, unit: string) => (v === null ? 'n/a' : `${v.toFixed(1)}${unit}`);
  const rate = (v: number | null) => n(v === null ? null : v * 100, '%');
  return `${service}  deployments ${m.deploymentFrequency.deployments}  lead time median ${n(m.leadTime.medianHours, ' h')} (n ${m.leadTime.n})  CFR ${rate(m.changeFailureRate.rate)}  recovery median ${n(m.recoveryTime.medianHours, ' h')}  rework ${rate(m.reworkRate.rate)}\n`;
}

/** The report without the drill-down id lists, which can run to thousands of entries. */
export function withoutEvents(r: DeliveryReport): unknown {
  return JSON.parse(JSON.stringify(r, (key, value) => (key === 'events' ? undefined : value)));
}
