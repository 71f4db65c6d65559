/**
 * Weekly trend charts drawn with Observable Plot: deployments per week as bars with the failed
 * ones over them, the change failure rate per week and the median lead time per week as lines,
 * and — on a service — a dashed rule where outcome-linked work shipped ("rollout automation
 * shipped"), so a change in the line can be read against what happened. Each chart has a caption, and the
 * same numbers as a visually-hidden table for screen readers (the SVG itself is hidden from them).
 *
 * CSP: Plot puts a `<style>` element inside every SVG it draws. The server allows stylesheets
 * from 'self' only, so that element is removed before the SVG reaches the document and its few
 * rules live in styles.css (`.trend-plot`). Colours are SVG presentation attributes, not styles.
 */
import { useEffect, useRef, useState } from 'react';
import { Empty } from '../../components/States';
import { DataTable, type Column } from '../../components/Table';
import { formatDate } from '../../format';
import { formatHours, formatRate, NOT_ENOUGH, type DeliveryReport } from './metrics';

/** A moment to mark on the charts: when a piece of outcome-linked work shipped. */
export interface ChartMarker {
  at: string;
  title: string;
}

type Week = DeliveryReport['trend'][number];
type PlotModule = typeof import('@observablehq/plot');

const colours = { deployments: '#7aa6c2', failed: '#a32020', lead: '#22577a', cfr: '#a32020', marker: '#6b4fa0' };

/** The week's change failure rate, or null for a week without deployments (a gap, not 0%). */
const weekRate = (w: Week): number | null => (w.deployments > 0 ? w.failed / w.deployments : null);

/** Dashed rules with their titles where outcome-linked work shipped, inside the charted span. */
function markerMarks(Plot: PlotModule, markers: readonly ChartMarker[]) {
  if (markers.length === 0) return [];
  const data = markers.map((m) => ({ at: new Date(m.at), title: m.title }));
  return [
    Plot.ruleX(data, { x: 'at', stroke: colours.marker, strokeWidth: 1.5, strokeDasharray: '4,3' }),
    Plot.text(data, { x: 'at', frameAnchor: 'top', text: 'title', dx: 4, dy: 2, textAnchor: 'start', fill: colours.marker, fontSize: 11, lineWidth: 14 }),
  ];
}

/** Plot is loaded on first use, so pages without charts do not carry it. */
let plotModule: Promise<PlotModule> | undefined;
const loadPlot = (): Promise<PlotModule> => (plotModule ??= import('@observablehq/plot'));

const weekDate = (w: Week): Date => new Date(`${w.week}T00:00:00Z`);

/** The week column every table of the charts starts with. */
const weekColumn: Column<Week> = { key: 'week', header: 'Week of', rowHeader: true, cell: (w) => formatDate(w.week) };
const num = (key: string, header: string, cell: (w: Week) => React.ReactNode): Column<Week> => ({ key, header, cell, className: 'num' });

const deploymentColumns = [weekColumn, num('deployments', 'Deployments', (w) => w.deployments), num('failed', 'Failed', (w) => w.failed)];
const cfrColumns = [weekColumn, num('rate', 'Change failure rate', (w) => formatRate(weekRate(w))), num('failed', 'Failed', (w) => w.failed), num('deployments', 'Deployments', (w) => w.deployments)];
const leadColumns = [weekColumn, num('lead', 'Median lead time', (w) => formatHours(w.leadTimeMedianHours)), num('changes', 'Changes', (w) => w.leadTimeN)];

/** A weekly line with its dots, a zero rule and the work-shipped markers: the CFR and lead-time charts. */
function weeklyLine(Plot: PlotModule, width: number, trend: readonly Week[], line: { y: 'leadTimeMedianHours' | ((w: Week) => number | null); label: string; percent?: boolean; colour: string }, markers: readonly ChartMarker[]) {
  return Plot.plot({
    width,
    className: 'trend-plot',
    height: 220,
    marginLeft: 40,
    x: { type: 'utc', label: null },
    y: { grid: true, label: line.label, percent: line.percent ?? false, zero: true },
    marks: [
      Plot.lineY(trend, { x: weekDate, y: line.y, stroke: line.colour, strokeWidth: 2 }),
      Plot.dot(trend, { x: weekDate, y: line.y, fill: line.colour, r: 2.5 }),
      Plot.ruleY([0]),
      ...markerMarks(Plot, markers),
    ],
  });
}

export function TrendCharts({ trend, scopeName, markers = [] }: { trend: DeliveryReport['trend']; scopeName: string; markers?: readonly ChartMarker[] }) {
  if (trend.length === 0) return <Empty>No deployments in this window, so there is no weekly trend to draw.</Empty>;
  // Only markers inside the charted weeks: one far outside would stretch the time axis.
  const first = weekDate(trend[0]!).getTime();
  const last = weekDate(trend[trend.length - 1]!).getTime() + 7 * 86_400_000;
  const shown = markers.filter((m) => {
    const t = Date.parse(m.at);
    return t >= first && t < last;
  });
  const markerLegend: [string, string][] = shown.length > 0 ? [['swatch-marker', 'Work shipped (evidence)']] : [];
  const markerNote = shown.length > 0 ? ` Dashed lines: ${shown.map((m) => `${m.title} (${formatDate(m.at)})`).join('; ')}.` : '';
  const withRate = trend.filter((w) => w.deployments > 0);
  const deployments = trend.reduce((sum, w) => sum + w.deployments, 0);
  const failed = trend.reduce((sum, w) => sum + w.failed, 0);
  const withLead = trend.filter((w) => w.leadTimeMedianHours != null);
  return (
    <div className="charts">
      <ChartFigure
        id="chart-deployments"
        title="Deployments per week"
        caption={`${scopeName}: ${deployments} deployments over ${trend.length} weeks, ${failed} of them failed. Bars show each week's deployments; the dark part is the failed ones.${markerNote}`}
        legend={[['swatch-deployments', 'Deployments'], ['swatch-failed', 'Failed'], ...markerLegend]}
        draw={(Plot, width) =>
          Plot.plot({
            width,
            className: 'trend-plot',
            height: 220,
            marginLeft: 40,
            x: { type: 'utc', label: null },
            y: { grid: true, label: 'Deployments' },
            marks: [
              Plot.rectY(trend, { x: weekDate, y: 'deployments', interval: 'monday', fill: colours.deployments, inset: 1 }),
              Plot.rectY(trend, { x: weekDate, y: 'failed', interval: 'monday', fill: colours.failed, inset: 1 }),
              Plot.ruleY([0]),
              ...markerMarks(Plot, shown),
            ],
          })
        }
        table={<DataTable caption="Deployments and failed deployments per week" columns={deploymentColumns} rows={trend} rowKey={(w) => w.week} />}
      />
      <ChartFigure
        id="chart-cfr"
        title="Change failure rate per week"
        caption={
          withRate.length === 0
            ? `${scopeName}: ${NOT_ENOUGH} for a weekly change failure rate.`
            : `${scopeName}: the share of each week's deployments that failed, for the ${withRate.length} weeks with deployments. Gaps are weeks without deployments; a week with few deployments swings widely, so read the line with its n in the table.${markerNote}`
        }
        legend={[['swatch-cfr', 'Change failure rate'], ...markerLegend]}
        draw={
          withRate.length === 0
            ? undefined
            : (Plot, width) => weeklyLine(Plot, width, trend, { y: weekRate, label: 'Failed', percent: true, colour: colours.cfr }, shown)
        }
        table={<DataTable caption="Change failure rate per week" columns={cfrColumns} rows={trend} rowKey={(w) => w.week} />}
      />
      <ChartFigure
        id="chart-lead-time"
        title="Median lead time per week"
        caption={
          withLead.length === 0
            ? `${scopeName}: ${NOT_ENOUGH} for a weekly lead time.`
            : `${scopeName}: the median time from commit to production, week by week, for the ${withLead.length} weeks with changes. Gaps are weeks without enough changes.${markerNote}`
        }
        legend={[['swatch-lead', 'Median lead time'], ...markerLegend]}
        draw={
          withLead.length === 0
            ? undefined
            : (Plot, width) => weeklyLine(Plot, width, trend, { y: 'leadTimeMedianHours', label: 'Hours', colour: colours.lead }, shown)
        }
        table={<DataTable caption="Median lead time per week" columns={leadColumns} rows={trend} rowKey={(w) => w.week} />}
      />
    </div>
  );
}

export interface ChartFigureProps {
  id: string;
  title: string;
  caption: string;
  legend?: [className: string, label: string][];
  draw?: (Plot: PlotModule, width: number) => SVGSVGElement | HTMLElement;
  table: React.ReactNode;
}

export function ChartFigure({ id, title, caption, legend, draw, table }: ChartFigureProps) {
  const host = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const [width, setWidth] = useState(640);

  useEffect(() => {
    const el = host.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.round(entry?.contentRect.width ?? 0);
      if (w > 0) setWidth((old) => (Math.abs(old - w) > 8 ? w : old));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const el = host.current;
    if (!el || !draw) return;
    let cancelled = false;
    loadPlot().then(
      (Plot) => {
        if (cancelled) return;
        try {
          const chart = draw(Plot, width);
          // Plot's own stylesheet would be refused by the CSP (style-src 'self'): drop it while
          // the SVG is still detached; styles.css has the equivalent rules.
          for (const style of chart.querySelectorAll('style')) style.remove();
          chart.setAttribute('aria-hidden', 'true');
          el.replaceChildren(chart);
        } catch {
          setFailed(true);
        }
      },
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [draw === undefined, width, caption]);

  return (
    <figure className="chart panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {legend && (
        <ul className="chart-legend" aria-hidden="true">
          {legend.map(([className, label]) => (
            <li key={label}>
              <span className={`swatch ${className}`} />
              {label}
            </li>
          ))}
        </ul>
      )}
      {draw && !failed && <div ref={host} className="chart-host" />}
      {failed && <p className="hint">The chart could not be drawn; the figures are in the table below.</p>}
      <figcaption className="hint">{caption}</figcaption>
      <div className={failed ? undefined : 'visually-hidden'}>{table}</div>
    </figure>
  );
}
