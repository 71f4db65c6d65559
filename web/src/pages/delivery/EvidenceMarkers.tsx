/**
 * Outcome-linked evidence on a service's timeline, in words beside the charts' dashed lines: what
 * shipped and when, linked to the living document it comes from. Only evidence the reader may read
 * comes from the server, and no figure is attached to a person. Work that shipped before the
 * window is named with the window that shows it, so the story is one click away.
 */
import { api } from '../../api/client';
import type { Schemas } from '../../api/openapi.gen';
import { formatDate } from '../../format';
import { useApi } from '../../hooks/useApi';
import { paths } from '../../paths';
import { Link } from '../../router/Link';
import { useLocation, withQuery } from '../../router/location';
import { windowChoices } from './WindowPicker';

type Marker = Schemas['EvidenceMarkers']['markers'][number];
const DAY = 86_400_000;

/** The markers of a service (none for a team, or while loading, or when they cannot be read). */
export function useEvidenceMarkers(service: string | null): Marker[] {
  const result = useApi(`markers|${service ?? ''}`, (signal) =>
    service === null ? Promise.resolve({ markers: [] }) : api('GET /api/delivery/services/{id}/evidence', { params: { id: service }, signal }),
  );
  return result.status === 'ok' ? result.data.markers : [];
}

export function EvidenceMarkers({ markers, from, to, days }: { markers: readonly Marker[]; from: number; to: number; days: number }) {
  const location = useLocation();
  if (markers.length === 0) return null;
  const inside = markers.filter((m) => Date.parse(m.at) >= from && Date.parse(m.at) < to);
  const before = markers.filter((m) => Date.parse(m.at) < from);
  const wider = (m: Marker) => windowChoices.find((w) => w.days > days && to - w.days * DAY <= Date.parse(m.at));
  return (
    <section className="panel evidence-markers" aria-labelledby="markers-title">
      <h3 id="markers-title">Work that shipped on this service</h3>
      <p className="hint">From living documents you may read: the moment each piece of work took effect. A line on the charts marks it; it is context for the trend, not anyone's score.</p>
      <ul className="markers-list">
        {inside.map((m) => (
          <li key={`${m.at}|${m.title}`}>
            {formatDate(m.at)} — {m.title} (<Link to={paths.personDocument(m.person)}>evidence</Link>)
          </li>
        ))}
        {before.map((m) => {
          const w = wider(m);
          return (
            <li key={`${m.at}|${m.title}`}>
              {formatDate(m.at)} — {m.title}: before this window.{' '}
              {w ? <Link to={withQuery(location, { days: String(w.days) })}>Show the {w.long}</Link> : 'Older than a year.'}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
