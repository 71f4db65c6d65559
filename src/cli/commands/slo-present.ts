/** How `trellis slo status` and `list` read for people (JSON is the status objects as they are). */
import type { SloStatus } from '../../core/reliability/status.js';

const pct = (x: number | null, digits = 1) => (x === null ? '—' : `${(x * 100).toFixed(digits)}%`);
const rate = (x: number | null) => (x === null ? '—' : x < 10 ? x.toFixed(2) : x.toFixed(1));

export function presentStatus(statuses: readonly SloStatus[]): string {
  if (statuses.length === 0) return 'No SLOs yet. Import OpenSLO definitions with `trellis slo import FILE.yaml`.\n';
  const lines: string[] = [];
  for (const s of statuses) {
    lines.push(`${s.name}  (${s.service}, ${s.budgetingMethod}, target ${pct(s.target, 3)}, ${s.window.duration} ${s.window.kind}${s.window.timeZone ? ` ${s.window.timeZone}` : ''})`);
    if (s.noData) {
      lines.push('  no SLI data in the window');
      continue;
    }
    lines.push(`  SLI ${pct(s.sli, 3)}   budget consumed ${pct(s.budgetConsumed)}   remaining ${pct(s.budgetRemaining)}${s.window.inProgress ? `   (to date: consumed ${pct(s.toDate.consumed)})` : ''}`);
    lines.push(`  burn  ${Object.entries(s.burnRates).map(([w, r]) => `${w} ${rate(r)}`).join('  ')}`);
    for (const a of s.alerts.filter((x) => x.firing || x.heldByMinimumEvents)) {
      const state = a.firing ? `FIRING since ${a.firingSince}` : `held: ${a.events} events < ${a.minEvents}`;
      lines.push(`  ${a.severity.toUpperCase()} ${a.longWindow}/${a.shortWindow} > ${a.factor}: ${state}${a.minutesToExhaustion === null ? '' : `, budget gone in ${(a.minutesToExhaustion / 60).toFixed(1)} h at this rate`}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
