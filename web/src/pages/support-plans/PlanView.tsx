/**
 * One support plan as its engineer and manager line read it: the timeline, what is expected,
 * the support offered, the dated check-ins and the outcome. The manager line also gets a form
 * for the next check-in and one to change the plan.
 */
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { Schemas } from '../../api/openapi.gen';
import { FormError, TextAreaField } from '../../components/Fields';
import { Empty } from '../../components/States';
import { DataTable } from '../../components/Table';
import { formatDate } from '../../format';
import { describeFailure } from '../living-document/errors';
import { signalNames } from '../living-document/model';
import { outcomeNames, type PlanInput } from './model';
import { PlanForm } from './PlanForm';

type Plan = Schemas['SupportPlan'];

export function PlanView({ personId, plan, mayWrite, prompts, onChanged }: { personId: string; plan: Plan; mayWrite: boolean; prompts: Record<string, string>; onChanged: () => void }) {
  const id = useId();
  const title = `Support plan ${formatDate(plan.startsOn)} to ${formatDate(plan.endsOn)}`;
  async function update(input: PlanInput): Promise<string | null> {
    try {
      await api('PUT /api/people/{id}/support-plans/{planId}', { params: { id: personId, planId: plan.id }, body: input });
      onChanged();
      return null;
    } catch (err) {
      return describeFailure(err);
    }
  }
  return (
    <article className="panel support-plan" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="muted">
        {plan.signal ? `About ${signalNames[plan.signal] ?? plan.signal}` : 'About the role as a whole'} · created {formatDate(plan.createdAt)} · visible to the person since that day ·{' '}
        {plan.outcome ? <strong>Outcome: {outcomeNames[plan.outcome]}</strong> : 'running'}
      </p>
      <h3>Expectations</h3>
      <ul>
        {plan.expectations.map((e, i) => (
          <li key={i}>{e}</li>
        ))}
      </ul>
      <h3>Support offered</h3>
      <ul>
        {plan.support.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ul>
      <h3>Check-ins</h3>
      {plan.checkIns.length === 0 ? (
        <Empty>No check-in yet.</Empty>
      ) : (
        <DataTable caption={`Check-ins of the support plan ${formatDate(plan.startsOn)} to ${formatDate(plan.endsOn)}`} columns={[{ key: 'on', header: 'Date', rowHeader: true, cell: (c) => formatDate(c.heldOn), sortBy: (c) => c.heldOn }, { key: 'note', header: 'What was seen', cell: (c) => c.note }]} rows={plan.checkIns} rowKey={(c) => c.id} />
      )}
      {plan.outcome && plan.outcomeNote && (
        <>
          <h3>Outcome</h3>
          <p>
            {outcomeNames[plan.outcome]}: {plan.outcomeNote}
          </p>
        </>
      )}
      {mayWrite && (
        <>
          <CheckInForm personId={personId} plan={plan} onAdded={onChanged} />
          <details>
            <summary>Change this plan or record its outcome</summary>
            <PlanForm plan={plan} prompts={prompts} submitLabel="Save changes" onSubmit={update} />
          </details>
        </>
      )}
    </article>
  );
}

function CheckInForm({ personId, plan, onAdded }: { personId: string; plan: Plan; onAdded: () => void }) {
  const id = useId();
  const [heldOn, setHeldOn] = useState(new Date().toISOString().slice(0, 10));
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  async function add(e: FormEvent) {
    e.preventDefault();
    setError('');
    try {
      await api('POST /api/people/{id}/support-plans/{planId}/check-ins', { params: { id: personId, planId: plan.id }, body: { heldOn, note } });
      onAdded();
    } catch (err) {
      setError(describeFailure(err));
    }
  }
  return (
    <form onSubmit={(e) => void add(e)} noValidate aria-label="Add a check-in">
      <h3>Add a check-in</h3>
      <div className="field">
        <label htmlFor={`${id}-on`}>Check-in date</label>
        <input id={`${id}-on`} type="date" value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />
      </div>
      <TextAreaField id={`${id}-note`} label="What was seen against each expectation" rows={3} value={note} onChange={setNote} lint />
      <p className="actions">
        <button type="submit" className="button">
          Add check-in
        </button>
      </p>
      <FormError message={error} />
    </form>
  );
}
