import { useFeedbackLint } from '../lint/useFeedbackLint';
import { LintHints } from './LintHints';

/**
 * Labelled form fields as the forms write them by hand: a `.field` with its label tied to the
 * control by id. The caller passes the id (from its own `useId`) so other parts of the form can
 * point at the control, as `aria-describedby` hints do.
 */
export interface Option<T extends string> {
  value: T;
  label: string;
}

/** Options whose label is their value, such as a rubric's scale ("strong at level"). */
export const plainOptions = <T extends string>(values: readonly T[]): Option<T>[] => values.map((value) => ({ value, label: value }));

export function SelectField<T extends string>({ id, label, value, options, placeholder, required, onChange }: { id: string; label: string; value: T | ''; options: readonly Option<T>[]; placeholder?: string | undefined; required?: boolean; onChange: (value: T) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} required={required} onChange={(e) => onChange(e.target.value as T)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * A labelled text box. `lint` turns on the feedback lint's writing hints under it: set it on every
 * box where people write about people (reviews, rationales, feedback, growth notes, plans).
 */
export function TextAreaField({ id, label, value, rows, onChange, lint = false }: { id: string; label: string; value: string; rows: number; onChange: (value: string) => void; lint?: boolean }) {
  const findings = useFeedbackLint(value, lint);
  const hintsId = `${id}-hints`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={lint ? hintsId : undefined} />
      {lint && <LintHints id={hintsId} text={value} findings={findings} />}
    </div>
  );
}

/**
 * A form's error, rendered only while there is one: an always-present empty line left blank
 * space under every form. The alert appears with its text, which screen readers announce.
 */
export function FormError({ message, id }: { message: string | undefined; id?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="form-error" role="alert">
      {message}
    </p>
  );
}

/**
 * The end of a small form: its submit button, the error while there is one, and what the last
 * submit did (announced politely), so every form reports in the same place and the same way.
 */
export function SubmitRow({ label, error, status }: { label: string; error: string; status: string }) {
  return (
    <>
      <p className="actions">
        <button type="submit" className="button">
          {label}
        </button>
      </p>
      <FormError message={error} />
      {status && (
        <p className="notice" role="status">
          {status}
        </p>
      )}
    </>
  );
}
