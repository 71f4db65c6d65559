/**
 * Evidence items of a packet: what was done, when, and what changed — or the plain label
 * *activity*. An outcome leads with the figure chosen when the link was made; each line's verdict
 * sets its words and colour (green improved, red worsened, grey no clear change), never one colour
 * for every line.
 */
import type { Schemas } from '../../api/openapi.gen';
import { formatDate } from '../../format';
import { kindNames } from '../living-document/model';
import { verdictClass } from '../delivery/metrics';
import { formatMoment } from '../delivery/moment';

type Evidence = Schemas['ReviewPacket']['unassigned'][number];

// The kind in the words the living document uses ("Glue work"), not its id ("glue-work").
const kindName = (kind: string): string => (kindNames as Record<string, string>)[kind] ?? kind;

const webLink = (url: string): boolean => /^https?:\/\//i.test(url);

export function PacketEvidenceList({ items, empty }: { items: Evidence[]; empty: string }) {
  if (items.length === 0) return empty ? <p className="muted">{empty}</p> : null;
  return (
    <ul className="packet-evidence">
      {items.map((e) => (
        <li key={e.id}>
          <strong>{e.title}</strong> — {formatDate(e.date)}, {kindName(e.kind)}
          {e.dimensions.length > 0 && <span className="muted"> · ladder: {e.dimensions.map((d) => d.name).join(', ')}</span>}
          {e.links.map((l) =>
            webLink(l.url) ? (
              <a key={l.url} className="packet-link" href={l.url} rel="noreferrer">
                {l.label ?? l.url}
              </a>
            ) : null,
          )}
          {e.outcome === null ? (
            <div className="activity">Activity — no outcome link.</div>
          ) : (
            <div className="packet-outcome">
              {e.outcome.lines.map((line) => (
                <div key={line.text} className={line.headline ? 'outcome' : 'outcome outcome-secondary'} data-verdict={line.verdict ?? undefined}>
                  {line.headline ? 'Outcome' : 'Also compared'}: {line.text}
                  {line.verdict && (
                    <>
                      {' — '}
                      <span className={verdictClass(line.verdict)}>{line.verdict}</span>
                    </>
                  )}
                  {line.reason && <span className="hint"> ({line.reason})</span>}
                </div>
              ))}
              <div className="hint">
                Compared around <time dateTime={e.outcome.at}>{formatMoment(e.outcome.at)}</time>
              </div>
              {e.outcome.notes.map((n) => (
                <div key={n} className="hint">
                  {n}
                </div>
              ))}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
