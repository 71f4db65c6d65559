/**
 * An evidence item linked to an SLO: the budget burn rate (the figure the outcome is judged by)
 * and the SLI before and after the work, each with n in days with data, the events or slices
 * counted and the 95% interval of the change, in words and colour by verdict; and what overlapped
 * the burning minutes on each side (incidents and deployments with their share of the burn).
 * Overlap is not blame, and all of it is service context, never a personal score.
 */
import { DataTable, type Column } from '../../components/Table';
import { paths } from '../../paths';
import { Link } from '../../router/Link';
import { verdictClass } from '../delivery/metrics';
import { formatMoment } from '../delivery/moment';
import { pct, times, when } from '../reliability/format';
import type { EvidenceOutcome } from './model';

type SloOutcome = NonNullable<EvidenceOutcome['slo']>;
type Figure = SloOutcome['burnRate'];
type Side = SloOutcome['attribution']['before'];

const signed = (v: number, f: (x: number) => string) => `${v > 0 ? '+' : v < 0 ? '−' : '±'}${f(Math.abs(v))}`;
const sli = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(3)} %`);
const sliDiff = (v: number) => signed(v, (x) => `${(x * 100).toFixed(3)} pp`);
const burnDiff = (v: number) => signed(v, (x) => times(x));
const thousands = (n: number) => Math.round(n).toLocaleString('en-GB');

interface Row {
  name: string;
  figure: Figure;
  value: (v: number | null) => string;
  diff: (v: number) => string;
}

/** "budget burn rate of SLO x 2.08× → 0.00×, n = 30 → 30 days with data, 95% interval −2.90× to −1.30×". */
export function sloOutcomeSentence(o: SloOutcome): string {
  const f = o.burnRate;
  const interval = f.ci as readonly [number, number] | null;
  const ci = interval ? `, 95% interval ${burnDiff(interval[0])} to ${burnDiff(interval[1])}` : '';
  return `budget burn rate of SLO ${o.slo} ${times(f.before)} → ${times(f.after)}, n = ${f.nBefore} → ${f.nAfter} days with data${ci}`;
}

function change(r: Row): string {
  if (r.figure.difference === null) return '—';
  const ci = r.figure.ci as readonly [number, number] | null;
  return `${r.diff(r.figure.difference)}${ci ? ` (${r.diff(ci[0])} to ${r.diff(ci[1])})` : ''}`;
}

export function SloOutcomeDetails({ slo, at }: { slo: SloOutcome; at: string }) {
  const rows: Row[] = [
    { name: 'Budget burn rate (judged)', figure: slo.burnRate, value: times, diff: burnDiff },
    { name: 'SLI', figure: slo.sli, value: sli, diff: sliDiff },
  ];
  const columns: Column<Row>[] = [
    { key: 'figure', header: 'Figure', cell: (r) => r.name, rowHeader: true },
    { key: 'before', header: 'Before', cell: (r) => r.value(r.figure.before) },
    { key: 'after', header: 'After', cell: (r) => r.value(r.figure.after) },
    { key: 'change', header: 'Change (95% interval)', cell: (r) => change(r) },
    { key: 'n', header: 'Days with data', cell: (r) => `${r.figure.nBefore} → ${r.figure.nAfter}` },
    { key: 'counted', header: `${slo.countedUnit === 'events' ? 'Events' : 'Slices'} counted`, cell: (r) => `${thousands(r.figure.countedBefore)} → ${thousands(r.figure.countedAfter)}` },
    { key: 'verdict', header: 'Verdict', cell: (r) => <span className={verdictClass(r.figure.verdict)}>{r.figure.verdict}</span> },
  ];
  return (
    <div className="slo-outcome">
      <DataTable caption={`SLO ${slo.slo}: before and after ${formatMoment(at)}`} columns={columns} rows={rows} rowKey={(r) => r.name} />
      <p className="hint">
        Days are the unit: the interval resamples whole days, so one bad hour is not taken for a trend. Burn rate 1 spends the budget exactly over the SLO period ({(slo.target * 100).toFixed(3)} % target).{' '}
        <Link to={paths.serviceReliability(slo.service)}>Open {slo.service}'s reliability</Link>
      </p>
      <Attribution label="before" side={slo.attribution.before} at={at} />
      <Attribution label="after" side={slo.attribution.after} at={at} />
    </div>
  );
}

type Event = Side['events'][number];

function Attribution({ label, side, at }: { label: 'before' | 'after'; side: Side; at: string }) {
  const caption = `Burn attribution ${label} ${formatMoment(at)}`;
  if (side.totalBurn === 0) return <p className="hint">{caption}: the budget did not burn faster than allowed.</p>;
  if (side.events.length === 0) return <p className="hint">{caption}: no incident or deployment overlaps the {side.burningMinutes} burning minutes.</p>;
  const columns: Column<Event>[] = [
    { key: 'event', header: 'Incident or deployment', cell: (e) => `${e.kind} ${e.id}${e.title ? ` — ${e.title}` : ''}`, rowHeader: true },
    { key: 'when', header: 'When', cell: (e) => `${when(e.from)} – ${when(e.to)}` },
    { key: 'share', header: 'Share of the burn', cell: (e) => pct(e.share), sortBy: (e) => e.share },
  ];
  return (
    <>
      <DataTable caption={`${caption} (${side.burningMinutes} burning minutes; ${pct(side.unattributedShare)} overlaps nothing recorded)`} columns={columns} rows={side.events} rowKey={(e) => `${e.kind}:${e.id}`} />
      {side.moreEvents > 0 && <p className="hint">and {side.moreEvents} more with smaller shares.</p>}
    </>
  );
}
