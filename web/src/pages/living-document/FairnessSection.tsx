/**
 * The fairness checks of the period: prompts for the writer and reader (recency, activity
 * without outcome, prevention beside firefighting), never a score. Counts per kind are always
 * shown, so prevention work is seen beside incident response.
 */
import { formatDate } from '../../format';
import { evidenceKinds, kindNames, type LivingDocument } from './model';

export function FairnessSection({ fairness }: { fairness: LivingDocument['fairness'] }) {
  return (
    <section className="panel" aria-labelledby="fairness-title">
      <h2 id="fairness-title">Fairness checks</h2>
      <p className="hint">
        Period {formatDate(fairness.period.from)} to {formatDate(fairness.period.to)}. Prompts for the conversation, never a score.
      </p>
      {fairness.flags.length === 0 ? (
        <p>No flags for this period.</p>
      ) : (
        <ul className="flag-list">
          {fairness.flags.map((f) => (
            <li key={f.check} data-check={f.check} className="notice">
              {f.message}
            </li>
          ))}
        </ul>
      )}
      <dl className="kind-counts">
        {evidenceKinds.map((k) => (
          <div key={k}>
            <dt>{kindNames[k]}</dt>
            <dd>{fairness.prevention.byKind[k]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
