/**
 * Writing hints under a text box about a person: each finding of the feedback lint with the words
 * it points at, why, and what to write instead. Hints only — nothing here ever blocks saving.
 * A polite live region, so a screen reader hears new hints without losing its place.
 */
import type { LintFinding } from '../lint/useFeedbackLint';
import { ruleLabels } from '../lint/useFeedbackLint';

export function LintHints({ id, text, findings }: { id: string; text: string; findings: readonly LintFinding[] }) {
  return (
    <div id={id} className="lint-hints" aria-live="polite" data-testid="lint-hints">
      {findings.length > 0 && (
        <>
          <p className="lint-hints-title">
            {findings.length === 1 ? '1 writing hint' : `${findings.length} writing hints`} <span className="muted">(never blocks saving)</span>
          </p>
          <ul>
            {findings.map((f) => {
              const words = text.slice(f.start, f.end);
              return (
                <li key={`${f.rule}-${f.start}-${f.end}`} data-rule={f.rule}>
                  <strong>{ruleLabels[f.rule] ?? f.rule}</strong>
                  {f.rule !== 'noOutcome' && <> — “{words.length > 60 ? `${words.slice(0, 57)}…` : words}”</>}: {f.message}
                  <br />
                  <span className="muted">Try: {f.suggestion}</span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
