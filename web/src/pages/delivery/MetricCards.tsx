/**
 * The five delivery figures as cards: the figure (or "not enough data"), how many events it rests
 * on, and its DORA tier with the report year. Each card is a button that opens the drill-down:
 * the events behind the figure.
 */
import { figureOf, metricKeys, metricNames, NOT_ENOUGH, tierOf, type DeliveryReport, type MetricKey } from './metrics';

export interface MetricCardsProps {
  report: DeliveryReport;
  open: MetricKey | null;
  onOpen: (key: MetricKey | null) => void;
}

export function MetricCards({ report, open, onOpen }: MetricCardsProps) {
  return (
    <ul className="metric-cards" aria-label="Delivery figures">
      {metricKeys.map((key) => {
        const figure = figureOf(key, report.metrics);
        const tier = tierOf(key, report);
        const expanded = open === key;
        return (
          <li key={key} className="metric-card" data-metric={key}>
            <h3 className="metric-name">{metricNames[key]}</h3>
            <p className={figure.value === NOT_ENOUGH ? 'metric-value metric-missing' : 'metric-value'}>{figure.value}</p>
            <p className="metric-n">{figure.n}</p>
            {figure.detail && <p className="metric-detail">{figure.detail}</p>}
            <p>
              <span className={`tier${tier.level ? ` tier-${tier.level}` : ''}`} title={tier.title}>
                {tier.text}
              </span>
            </p>
            <button
              type="button"
              className="button button-quiet metric-open"
              aria-expanded={expanded}
              aria-controls="drill-down"
              onClick={() => onOpen(expanded ? null : key)}
            >
              {expanded ? 'Hide events' : 'Show events'}
              <span className="visually-hidden"> behind {metricNames[key].toLowerCase()}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
