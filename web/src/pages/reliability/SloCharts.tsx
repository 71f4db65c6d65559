/**
 * The burn-down (whole-window budget remaining, hourly over the last week) and the burn rates
 * (1 h and 6 h) against the page factors. Same figure/caption/hidden-table pattern as the
 * delivery charts (ChartFigure), so screen readers get the numbers.
 */
import { Table } from '../../components/Table';
import { ChartFigure } from '../delivery/TrendCharts';
import type { ResponseOf } from '../../api/operations';
import { pct, times, when } from './format';

type Slo = ResponseOf<'GET /api/reliability/services/{id}'>['slos'][number];

export function SloCharts({ slo }: { slo: Slo }) {
  const points = slo.history.filter((p) => p.budgetRemaining !== null).map((p) => ({ at: new Date(p.at), remaining: p.budgetRemaining! * 100 }));
  const burn = slo.history.flatMap((p) => [
    ...(p.burn1h === null ? [] : [{ at: new Date(p.at), rate: p.burn1h, window: '1 h' }]),
    ...(p.burn6h === null ? [] : [{ at: new Date(p.at), rate: p.burn6h, window: '6 h' }]),
  ]);
  const page1h = slo.status.alerts.find((a) => a.longWindow === '1h')?.factor ?? null;
  const page6h = slo.status.alerts.find((a) => a.longWindow === '6h')?.factor ?? null;
  const id = `slo-${slo.status.name}`;
  const first = points[0], last = points[points.length - 1];
  const table = (
    <Table caption={`Budget remaining and burn rates of ${slo.status.name}, hourly`}>
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col" className="num">Budget remaining</th>
          <th scope="col" className="num">Burn 1 h</th>
          <th scope="col" className="num">Burn 6 h</th>
        </tr>
      </thead>
      <tbody>
        {slo.history.filter((_, i) => i % 6 === 0).map((p) => (
          <tr key={p.at}>
            <th scope="row">{when(p.at)}</th>
            <td className="num">{pct(p.budgetRemaining)}</td>
            <td className="num">{times(p.burn1h)}</td>
            <td className="num">{times(p.burn6h)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
  return (
    <div className="charts">
      <ChartFigure
        id={`${id}-burndown`}
        title="Error budget remaining"
        caption={first && last ? `Over the last week the whole-window budget went from ${pct(first.remaining / 100)} to ${pct(last.remaining / 100)} remaining.` : 'No SLI data in the last week.'}
        draw={points.length === 0 ? undefined : (Plot, width) =>
          Plot.plot({
            width,
            height: 220,
            className: 'trend-plot',
            marginLeft: 44,
            x: { type: 'utc', label: null },
            y: { grid: true, label: 'Budget remaining (%)', domain: [Math.min(0, ...points.map((p) => p.remaining)), 100] },
            marks: [Plot.areaY(points, { x: 'at', y: 'remaining', fill: '#cfe3ee' }), Plot.lineY(points, { x: 'at', y: 'remaining', stroke: '#22577a', strokeWidth: 2 }), Plot.ruleY([0], { stroke: '#a32020' })],
          })
        }
        table={table}
      />
      <ChartFigure
        id={`${id}-burn`}
        title="Burn rate"
        caption={`Burn rate over the last hour and the last six hours; 1× spends the budget exactly over the SLO window. The dashed lines are the page thresholds (1 h: ${times(page1h)}, 6 h: ${times(page6h)}).`}
        legend={[
          ['swatch-burn-1h', '1 h'],
          ['swatch-burn-6h', '6 h'],
        ]}
        draw={burn.length === 0 ? undefined : (Plot, width) =>
          Plot.plot({
            width,
            height: 220,
            className: 'trend-plot',
            marginLeft: 44,
            x: { type: 'utc', label: null },
            y: { grid: true, label: 'Burn rate (×)' },
            color: { domain: ['1 h', '6 h'], range: ['#a32020', '#22577a'] },
            marks: [
              Plot.lineY(burn, { x: 'at', y: 'rate', stroke: 'window', strokeWidth: 1.5 }),
              Plot.ruleY([1], { stroke: '#888' }),
              ...(page1h === null ? [] : [Plot.ruleY([page1h], { stroke: '#a32020', strokeDasharray: '4,3' })]),
              ...(page6h === null ? [] : [Plot.ruleY([page6h], { stroke: '#22577a', strokeDasharray: '4,3' })]),
            ],
          })
        }
        table={table}
      />
    </div>
  );
}
