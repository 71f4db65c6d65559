/**
 * A support plan's form, to create one or change it: the signal it is about (or the whole role),
 * the timeline, observable expectations and the support offered (one per line, with the lint's
 * hints live — a plan is writing about a person), and, when changing, the outcome.
 */
import { useId, useState, type FormEvent } from 'react';
import type { Schemas } from '../../api/openapi.gen';
import { FormError, TextAreaField } from '../../components/Fields';
import { signalNames } from '../living-document/model';
import { outcomeNames, type PlanInput } from './model';

type Plan = Schemas['SupportPlan'];

const lines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');

export function PlanForm({ plan, prompts, submitLabel, onSubmit }: { plan?: Plan; prompts: Record<string, string>; submitLabel: string; onSubmit: (input: PlanInput) => Promise<string | null> }) {
  const id = useId();
  const [signal, setSignal] = useState(plan?.signal ?? '');
  const [startsOn, setStartsOn] = useState(plan?.startsOn ?? new Date().toISOString().slice(0, 10));
  const [endsOn, setEndsOn] = useState(plan?.endsOn ?? '');
  const [expectations, setExpectations] = useState((plan?.expectations ?? []).join('\n'));
  const [support, setSupport] = useState((plan?.support ?? []).join('\n'));
  const [outcome, setOutcome] = useState<string>(plan?.outcome ?? '');
  const [outcomeNote, setOutcomeNote] = useState(plan?.outcomeNote ?? '');
  const [error, setError] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError('');
    const input: PlanInput = { signal: signal || null, startsOn, endsOn, expectations: lines(expectations), support: lines(support) };
    if (plan) Object.assign(input, { outcome: (outcome || null) as PlanInput['outcome'], outcomeNote: outcomeNote.trim() || null });
    setError((await onSubmit(input)) ?? '');
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-signal`}>About a review signal</label>
        <select id={`${id}-signal`} value={signal} onChange={(e) => setSignal(e.target.value)}>
          <option value="">The role as a whole</option>
          {Object.entries(signalNames).map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </select>
        <p className="hint">The plan counts as earlier feedback for the no-surprises check: on this signal, or on every signal when it is about the whole role.</p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-starts`}>Starts on</label>
        <input id={`${id}-starts`} type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-ends`}>Ends on</label>
        <input id={`${id}-ends`} type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
      </div>
      {prompts.Expectations && <p className="hint">{prompts.Expectations}</p>}
      <TextAreaField id={`${id}-expectations`} label="Observable expectations (one per line)" rows={4} value={expectations} onChange={setExpectations} lint />
      {prompts['Support offered'] && <p className="hint">{prompts['Support offered']}</p>}
      <TextAreaField id={`${id}-support`} label="Support offered (one per line)" rows={3} value={support} onChange={setSupport} lint />
      {plan && (
        <>
          <div className="field">
            <label htmlFor={`${id}-outcome`}>Outcome</label>
            <select id={`${id}-outcome`} value={outcome} onChange={(e) => setOutcome(e.target.value)}>
              <option value="">Still running</option>
              {Object.entries(outcomeNames).map(([value, name]) => (
                <option key={value} value={value}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <TextAreaField id={`${id}-outcome-note`} label="What decided the outcome" rows={2} value={outcomeNote} onChange={setOutcomeNote} lint />
        </>
      )}
      <p className="actions">
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </p>
      <FormError message={error} />
    </form>
  );
}
