/**
 * A cycle's compensation budget beside the sum of the proposed increases (each proposal's numeric
 * `increase` field, in the budget's currency): what is left, or how far over. Compensation
 * reviewers and people partners set it (react-hook-form with zod; the server checks again).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { api } from '../../api/client';
import type { Schemas } from '../../api/openapi.gen';
import { Facts } from '../../components/Facts';
import { FormError } from '../../components/Fields';
import { describeFailure } from '../living-document/errors';
import { money } from './BandsTable';

type View = { budget: Schemas['CompensationBudget'] | null; proposedTotal: number };

const schema = z.object({
  currency: z.string().trim().regex(/^[A-Za-z]{3}$/, 'Use a three-letter currency code such as EUR.'),
  amount: z.coerce.number({ error: 'Enter an amount.' }).min(0, 'The budget cannot be negative.'),
});
type Form = z.input<typeof schema>;

export function BudgetPanel({ cycleId, data, onChanged }: { cycleId: string; data: View; onChanged: () => void }) {
  const id = useId();
  const [error, setError] = useState('');
  const { register, handleSubmit, formState } = useForm<Form, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { currency: data.budget?.currency ?? 'EUR', amount: data.budget?.amount ?? '' },
  });
  const b = data.budget;
  const left = b ? b.amount - data.proposedTotal : null;
  async function submit(v: z.output<typeof schema>) {
    setError('');
    try {
      await api('PUT /api/cycles/{id}/compensation/budget', { params: { id: cycleId }, body: { currency: v.currency.toUpperCase(), amount: v.amount } });
      onChanged();
    } catch (e) {
      setError(describeFailure(e));
    }
  }
  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="budget">
      <h2 id={`${id}-title`}>Budget</h2>
      <Facts
        items={[
          ['Budget', b ? money(b.amount, b.currency) : 'Not set'],
          ['Proposed increases', money(data.proposedTotal, b?.currency)],
          ...(left === null ? [] : ([[left >= 0 ? 'Left' : 'Over budget by', <strong key="left" className={left >= 0 ? undefined : 'over-budget'}>{money(Math.abs(left), b!.currency)}</strong>]] as [string, React.ReactNode][])),
        ]}
      />
      <p className="muted">The sum counts each proposal’s <code>increase</code> field (a number in the budget’s currency).</p>
      <form className="filters" onSubmit={handleSubmit(submit)} noValidate aria-label="Set the budget">
        <div className="field">
          <label htmlFor={`${id}-currency`}>Currency</label>
          <input id={`${id}-currency`} {...register('currency')} size={4} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-amount`}>Amount</label>
          <input id={`${id}-amount`} inputMode="decimal" {...register('amount')} />
        </div>
        <button type="submit" className="button" disabled={formState.isSubmitting}>
          {b ? 'Change the budget' : 'Set the budget'}
        </button>
      </form>
      <FormError message={formState.errors.currency?.message ?? formState.errors.amount?.message ?? error} />
    </section>
  );
}
