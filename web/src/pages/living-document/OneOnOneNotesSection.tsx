/**
 * "From 1:1s": the notes shared with the person in their 1:1s, newest first, read-only here (the
 * manager line writes them on the 1:1 page). The server sends shared notes only; private notes
 * are never part of the living document.
 */
import { Empty } from '../../components/States';
import { formatDate } from '../../format';
import type { LivingDocument } from './model';

export function OneOnOneNotesSection({ notes, isSelf }: { notes: LivingDocument['oneOnOnes']; isSelf: boolean }) {
  return (
    <section className="panel" aria-labelledby="one-on-ones-title">
      <h2 id="one-on-ones-title">From 1:1s</h2>
      {!notes.visible ? (
        <p className="muted">{notes.reason ?? 'Not shown to you.'}</p>
      ) : notes.items.length === 0 ? (
        <Empty>{isSelf ? 'No shared notes from your 1:1s yet.' : 'No shared notes from 1:1s yet.'}</Empty>
      ) : (
        <>
          <p className="hint">Notes shared in 1:1s, read-only here. Private notes of the manager line are never shown in the living document.</p>
          <ul className="one-on-one-notes">
            {notes.items.map((n) => (
              <li key={n.meeting}>
                <p className="pre-wrap">{n.text}</p>
                <p className="muted">
                  1:1 with {n.manager.name} · {formatDate(n.heldOn)}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
