/**
 * The review being written: one text, the evidence it cites (picked from the person's items of
 * the period), the template's prompts beside it. Typing autosaves a private draft after a pause;
 * Submit sends it for real and shows the server's refusal (a citation that does not resolve is
 * named) where the writer can act on it.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { api } from '../../api/client';
import { FormError } from '../../components/Fields';
import { LintHints } from '../../components/LintHints';
import { formatDateTime } from '../../format';
import { useDebounced } from '../../hooks/useDebounced';
import { useFeedbackLint } from '../../lint/useFeedbackLint';
import { describeFailure } from '../living-document/errors';
import type { CitedItem } from './citations';
import { EvidencePicker } from './EvidencePicker';
import type { ReviewKind } from './ReviewPage';

const schema = z.object({
  text: z.string().trim().min(1, 'Write the review before submitting it.').max(20000, 'Keep the review under 20,000 characters.'),
  citations: z.array(z.string()),
});
type Values = z.infer<typeof schema>;

interface Props {
  cycleId: string;
  personId: string;
  kind: ReviewKind;
  what: string;
  initial: { text: string; citations: string[] } | null;
  submittedAt: string | null;
  hasDraft: boolean;
  /** Unused while writing (the picker names what is cited); kept for callers that show it. */
  cited?: readonly CitedItem[];
  prompts: string[];
  templateName: string;
  onSubmitted: () => void;
}

type SaveState = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: string } | { state: 'failed'; message: string };

/** How long typing must pause before a draft is saved. */
const AUTOSAVE_MS = 1200;

export function ReviewEditor({ cycleId, personId, kind, what, initial, submittedAt, hasDraft, prompts, templateName, onSubmitted }: Props) {
  const id = useId();
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { text: initial?.text ?? '', citations: initial?.citations ?? [] } });
  const [error, setError] = useState('');
  const [draft, setDraft] = useState<SaveState>(hasDraft ? { state: 'saved', at: '' } : { state: 'idle' });
  const [submitted, setSubmitted] = useState<string | null>(submittedAt);
  const watched = useWatch({ control: form.control });
  // Writing hints while the review is written (the feedback lint in the browser); they never block submitting.
  const findings = useFeedbackLint(watched.text ?? '', true);
  const settled = useDebounced(JSON.stringify({ text: watched.text ?? '', citations: watched.citations ?? [] }), AUTOSAVE_MS);
  const lastSaved = useRef(JSON.stringify({ text: initial?.text ?? '', citations: initial?.citations ?? [] }));
  const params = { id: cycleId, person: personId, kind };

  useEffect(() => {
    if (settled === lastSaved.current) return;
    const body = JSON.parse(settled) as Values;
    lastSaved.current = settled;
    setDraft({ state: 'saving' });
    api('PUT /api/cycles/{id}/people/{person}/reviews/{kind}', { params, body: { ...body, draft: true } }).then(
      (saved) => setDraft({ state: 'saved', at: saved.updatedAt }),
      (e: unknown) => setDraft({ state: 'failed', message: describeFailure(e) }),
    );
    // `params` is rebuilt every render from props that do not change on this page.
  }, [settled]);

  const submit = form.handleSubmit(async (v) => {
    setError('');
    try {
      const saved = await api('PUT /api/cycles/{id}/people/{person}/reviews/{kind}', { params, body: { ...v, draft: false } });
      lastSaved.current = JSON.stringify(v);
      setSubmitted(saved.updatedAt);
      setDraft({ state: 'idle' });
      onSubmitted();
    } catch (e) {
      setError(describeFailure(e));
    }
  });
  const formError = error || form.formState.errors.text?.message;

  return (
    <div className="review-writing">
      <form className="panel review-form" onSubmit={(e) => void submit(e)} noValidate aria-label={what}>
        <h2>{what}</h2>
        <p className="hint" role="status" aria-live="polite">
          {submitted ? `Submitted ${formatDateTime(submitted)}; you can edit and submit again until the cycle moves on. ` : 'Not submitted yet. '}
          <DraftStatus s={draft} />
        </p>
        <div className="field">
          <label htmlFor={`${id}-text`}>Your {what.toLowerCase()}</label>
          <textarea id={`${id}-text`} rows={14} {...form.register('text')} aria-describedby={`${id}-prompts ${id}-hints`} />
          <LintHints id={`${id}-hints`} text={watched.text ?? ''} findings={findings} />
        </div>
        <Controller
          control={form.control}
          name="citations"
          render={({ field }) => (
            <EvidencePicker cycleId={cycleId} personId={personId} label="Evidence of the period to cite" citedLabel="Cited in this review" selected={field.value} onChange={field.onChange} />
          )}
        />
        <p className="actions">
          <button type="submit" className="button">
            {submitted ? 'Submit changes' : `Submit ${what.toLowerCase()}`}
          </button>
        </p>
        <FormError message={formError} />
      </form>
      <aside className="panel review-prompts" id={`${id}-prompts`} aria-label="Prompts">
        <h2>Prompts</h2>
        <p className="hint">From the organisation’s evidence template ({templateName}).</p>
        <ol>
          {prompts.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ol>
        <p className="hint">Cite items from the living document: a citation links to the item and its figures; text you write is read as your words, not as evidence.</p>
      </aside>
    </div>
  );
}

function DraftStatus({ s }: { s: SaveState }) {
  if (s.state === 'saving') return <>Saving draft…</>;
  if (s.state === 'saved') return <>{s.at ? `Draft saved ${formatDateTime(s.at)}` : 'You have an unsubmitted draft'} — only you can see it.</>;
  if (s.state === 'failed') return <>The draft was not saved: {s.message}</>;
  return null;
}
