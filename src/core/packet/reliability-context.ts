/**
 * The team's reliability figures written for a packet: per SLO of the team's services, the
 * budget remaining at the period's end (or the end of the SLI data, said so), the burn rate over
 * the last day and the last three days, with the events or slices counted; and the incidents on
 * the team's services in the period by severity. They describe the team's services — nothing
 * here takes a person as input, and nothing is ever split by person.
 */
import type { ContextFigure } from './model.js';

export interface SloContextInput {
  name: string;
  service: string;
  /** The instant the figures are read at (the period's end, or the end of the SLI data). */
  at: number;
  budgetRemainingSigned: number | null;
  burn1d: number | null;
  burn3d: number | null;
  counted: number;
  countedUnit: 'events' | 'slices';
  firing: number;
}

export interface IncidentCount {
  severity: string | null;
  count: number;
}

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
const rate = (v: number | null) => (v === null ? 'no data' : `${v.toFixed(2)}×`);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Null when the team's services have no SLO (the packet says "no figures" rather than zeros). */
export function reliabilityContext(slos: readonly SloContextInput[], incidents: readonly IncidentCount[], periodTo: number): ContextFigure[] | null {
  if (slos.length === 0) return null;
  const out: ContextFigure[] = [];
  for (const s of [...slos].sort((a, b) => a.service.localeCompare(b.service) || a.name.localeCompare(b.name))) {
    const asOf = s.at < periodTo ? ` (as of ${day(s.at)}, the end of its SLI data)` : '';
    const remaining = s.budgetRemainingSigned === null ? 'no data' : s.budgetRemainingSigned < 0 ? `overspent by ${pct(-s.budgetRemainingSigned)}` : `${pct(s.budgetRemainingSigned)} remaining`;
    const alerts = s.firing > 0 ? `; ${s.firing} alert${s.firing === 1 ? '' : 's'} firing` : '';
    out.push({ label: `SLO ${s.name} (${s.service}): error budget${asOf}`, value: `${remaining}; burn ${rate(s.burn1d)} over 1 d, ${rate(s.burn3d)} over 3 d${alerts}`, n: s.counted });
  }
  const total = incidents.reduce((n, i) => n + i.count, 0);
  const bySeverity = [...incidents].sort((a, b) => (a.severity === null ? 1 : b.severity === null ? -1 : a.severity.localeCompare(b.severity))).map((i) => `${i.count} ${i.severity ?? 'without severity'}`);
  out.push({ label: "Incidents on the team's services", value: total === 0 ? 'none' : bySeverity.join(', '), n: total });
  return out;
}
