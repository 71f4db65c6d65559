/**
 * The 1:1s held, newest first: each one's agenda, the shared notes, and — for the manager line
 * only, marked so nobody mistakes them — the private notes. The server leaves private notes out
 * for everyone else; this page never has them to hide.
 */
import type { Schemas } from '../../api/openapi.gen';
import { Empty } from '../../components/States';
import { formatDate } from '../../format';
import { EditNotesForm } from './EditNotesForm';

type Meeting = Schemas['OneOnOneMeeting'];

const sourceTag: Record<Meeting['agenda'][number]['source'], string | null> = { template: null, 'carried-over': 'carried over', added: 'added' };

export function MeetingHistory({ personId, meetings, seesPrivate, mayWrite, onChanged }: { personId: string; meetings: Meeting[]; seesPrivate: boolean; mayWrite: boolean; onChanged: () => void }) {
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title">1:1s held</h2>
      {meetings.length === 0 && <Empty>No 1:1 recorded yet.</Empty>}
      {meetings.map((m) => (
        <article key={m.id} className="meeting" aria-labelledby={`m-${m.id}`}>
          <h3 id={`m-${m.id}`}>1:1 of {formatDate(m.heldOn)}</h3>
          <ul className="agenda" aria-label={`Agenda of ${formatDate(m.heldOn)}`}>
            {m.agenda.map((a, i) => (
              <li key={i}>
                {a.text}
                {sourceTag[a.source] && <span className="tag">{sourceTag[a.source]}</span>}
              </li>
            ))}
          </ul>
          <h4>Shared notes</h4>
          {m.sharedNotes.trim() === '' ? <p className="muted">No shared notes.</p> : <p className="notes">{m.sharedNotes}</p>}
          {seesPrivate && (
            <div className="private-notes" role="note" aria-label={`Private notes of ${formatDate(m.heldOn)}`}>
              <h4>
                Private notes <span className="tag tag-warn">only you and your manager line</span>
              </h4>
              {m.privateNotes === null ? <p className="muted">No private notes.</p> : <p className="notes">{m.privateNotes}</p>}
            </div>
          )}
          {mayWrite && <EditNotesForm personId={personId} meetingId={m.id} shared={m.sharedNotes} privateNotes={m.privateNotes ?? ''} onSaved={onChanged} />}
        </article>
      ))}
    </section>
  );
}
