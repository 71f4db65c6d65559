/**
 * Writing one case file: problem, scope, action, result (each with the feedback lint's live
 * hints — it is writing about a person), the dates, the target level's dimensions it shows and
 * the evidence items it cites, picked from the person's living document. The server checks it
 * again and its refusal (a dimension the level lacks, an item that is not the person's) is shown
 * where the writer can act on it.
 *
 * The prompts are the organisation's promotion-case template (admins edit it on /templates): a
 * section whose heading names a part (Problem, Scope, Action, Result) is that part's hint, the
 * other sections are shown above the form. Only while the template cannot be read do the
 * built-in hints stand in, so the form never goes without guidance.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { api } from '../../api/client';
import { FormError, TextAreaField } from '../../components/Fields';
import { describeFailure } from '../living-document/errors';
import { CitationList } from '../reviews/citations';
import { Picker } from '../reviews/EvidencePicker';
import { promptFor, TemplateGuidance, useTemplate } from '../templates/TemplateGuidance';
import type { CaseFile, CaseRead, PromotionCase } from './types';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Choose a date.');
const schema = z
  .object({
    problem: z.string().trim().min(1, 'Say what problem the work solved.').max(4000, 'Keep each part under 4,000 characters.'),
    scope: z.string().max(4000, 'Keep each part under 4,000 characters.'),
    action: z.string().max(4000, 'Keep each part under 4,000 characters.'),
    result: z.string().max(4000, 'Keep each part under 4,000 characters.'),
    from: day,
    to: z.string(),
    dimensions: z.array(z.string()),
    evidence: z.array(z.string()),
  })
  .refine((v) => v.to === '' || v.to >= v.from, { message: 'The end date is before the start.', path: ['to'] });
type Values = z.infer<typeof schema>;

/** The parts of a case file, with the built-in hint used only while the template is unavailable. */
const parts = [
  ['problem', 'Problem', 'What was wrong or missing, and for whom?'],
  ['scope', 'Scope', 'How far it reached: which services, teams or users.'],
  ['action', 'Action', 'What they did themselves: designs, decisions, code, people brought together.'],
  ['result', 'Result', 'What changed, with a figure, a date or an artefact.'],
] as const;

interface Props {
  read: CaseRead;
  c: PromotionCase;
  file: CaseFile | null;
  onSaved: (c: PromotionCase) => void;
  onCancel?: () => void;
}

export function CaseFileForm({ read, c, file, onSaved, onCancel }: Props) {
  const id = useId();
  const [error, setError] = useState('');
  const template = useTemplate('promotion-case');
  const partHeadings = new Set(parts.map(([, label]) => label.toLowerCase()));
  const otherSections = template?.sections.filter((s) => !partHeadings.has(s.heading.trim().toLowerCase())) ?? [];
  const hintFor = (label: string, builtIn: string) => (template ? promptFor(template, label) : builtIn);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { problem: file?.problem ?? '', scope: file?.scope ?? '', action: file?.action ?? '', result: file?.result ?? '', from: file?.from ?? '', to: file?.to ?? '', dimensions: file?.dimensions ?? [], evidence: file?.evidence ?? [] },
  });
  const params = { id: c.cycle.id, person: c.person.id };
  const submit = form.handleSubmit(async (v) => {
    setError('');
    const body = { ...v, to: v.to === '' ? null : v.to };
    try {
      const saved = file ? await api('PUT /api/cycles/{id}/people/{person}/promotion-case/examples/{example}', { params: { ...params, example: file.id }, body }) : await api('POST /api/cycles/{id}/people/{person}/promotion-case/examples', { params, body });
      if (!file) form.reset();
      onSaved(saved);
    } catch (e) {
      setError(describeFailure(e));
    }
  });
  const errors = form.formState.errors;
  const formError = error || errors.problem?.message || errors.from?.message || errors.to?.message || errors.scope?.message || errors.action?.message || errors.result?.message;
  const title = file ? 'Change this case file' : 'Add a case file';
  return (
    <form className="panel case-file-form" onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
      <h3>{title}</h3>
      <TemplateGuidance template={template} label="Also asked for in each case file" sections={otherSections} />
      {parts.map(([name, label, hint]) => (
        <Controller
          key={name}
          control={form.control}
          name={name}
          render={({ field }) => (
            <>
              <TextAreaField id={`${id}-${name}`} label={label} rows={name === 'problem' ? 2 : 3} value={field.value} onChange={field.onChange} lint />
              {hintFor(label, hint) && <p className="hint">{hintFor(label, hint)}</p>}
            </>
          )}
        />
      ))}
      <div className="picker-filters">
        <div className="field">
          <label htmlFor={`${id}-from`}>Started</label>
          <input id={`${id}-from`} type="date" {...form.register('from')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>Finished (empty while it continues)</label>
          <input id={`${id}-to`} type="date" {...form.register('to')} />
        </div>
      </div>
      <Controller
        control={form.control}
        name="dimensions"
        render={({ field }) => (
          <fieldset>
            <legend>Dimensions of {c.target.name} it shows</legend>
            {c.targets.map((t) => (
              <label key={t.id} className="checkbox">
                <input type="checkbox" checked={field.value.includes(t.id)} onChange={(e) => field.onChange(e.target.checked ? [...field.value, t.id] : field.value.filter((d) => d !== t.id))} /> {t.name}
              </label>
            ))}
          </fieldset>
        )}
      />
      <Controller
        control={form.control}
        name="evidence"
        render={({ field }) => (
          <>
            <CitationList person={c.person.id} ids={field.value} cited={read.citable} label="Cited in this case file" />
            <Picker items={read.citable} label={`Evidence of ${c.person.name} to cite`} selected={field.value} onChange={field.onChange} />
          </>
        )}
      />
      <p className="actions">
        <button type="submit" className="button">
          {file ? 'Save changes' : 'Add case file'}
        </button>
        {onCancel && (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
      </p>
      <FormError message={formError} />
    </form>
  );
}
