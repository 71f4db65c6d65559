/**
 * One piece of received feedback: its kind, who wrote it (or "anonymous"), whether it is shared
 * with the person or private to the manager line — marked so nobody mistakes one for the other —
 * the two prompts with their examples, free text, and the evidence it cites.
 */
import { formatDate } from '../../format';
import { CitationList } from '../reviews/citations';
import { kindNames, visibilityNames, type FeedbackEntry } from './model';

export function FeedbackCard({ f, signalName }: { f: FeedbackEntry; signalName: (id: string) => string }) {
  const isPrivate = f.visibility === 'private-to-manager';
  return (
    <article className={isPrivate ? 'panel feedback-card feedback-private' : 'panel feedback-card'} aria-label={`${kindNames[f.kind]} feedback${f.authorName ? ` from ${f.authorName}` : ''}`}>
      <p className="feedback-meta">
        <strong>{kindNames[f.kind]} feedback</strong> · {f.anonymous ? 'Anonymous' : (f.authorName ?? 'A former account')} · {formatDate(f.createdAt)}
        {f.signal && <> · on {signalName(f.signal)}</>}{' '}
        <span className={isPrivate ? 'badge badge-private' : 'badge'}>{visibilityNames[f.visibility]}</span>
      </p>
      {f.continueText && (
        <div>
          <h3>Continue</h3>
          <p>{f.continueText}</p>
          {f.continueExample && <p className="hint">Example: {f.continueExample}</p>}
        </div>
      )}
      {f.changeText && (
        <div>
          <h3>Change</h3>
          <p>{f.changeText}</p>
          {f.changeExample && <p className="hint">Example: {f.changeExample}</p>}
        </div>
      )}
      {!f.continueText && !f.changeText && <p>{f.text}</p>}
      {f.cited.length > 0 && <CitationList person={f.person} ids={f.cited.map((c) => c.id)} cited={f.cited} label="Evidence cited" />}
    </article>
  );
}
