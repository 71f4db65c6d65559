/**
 * `/compensation/bands`: the compensation band table. Administrators replace it from a CSV file
 * (`level,track,currency,min,mid,max`); a bad file shows every problem by line and column and
 * nothing is stored. Compensation reviewers and people partners read it; the server refuses anyone else.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useAccount } from '../../auth/auth-context';
import { Async } from '../../components/Async';
import { FormError } from '../../components/Fields';
import { PageHeader } from '../../components/PageHeader';
import { Empty } from '../../components/States';
import { formatDateTime } from '../../format';
import { useApi } from '../../hooks/useApi';
import { describeFailure } from '../living-document/errors';
import { BandsTable } from './BandsTable';

const schema = z.object({ csv: z.string().trim().min(1, 'Choose a CSV file or paste the table.'), fileName: z.string() });
type Form = z.infer<typeof schema>;

export function BandsPage() {
  const account = useAccount();
  const bands = useApi('bands', (signal) => api('GET /api/compensation/bands', { signal }));
  return (
    <Async pageTitle="Compensation bands" result={bands} label="the compensation bands">
      {(data) => (
        <>
          <PageHeader title="Compensation bands">
            <p className="lead">
              One band per level, track and currency. The compensation view of a cycle shows each person’s band beside their proposal.
              {data.importedAt && ` Imported ${formatDateTime(data.importedAt)}.`}
            </p>
          </PageHeader>
          {account.roles.includes('admin') && <ImportForm onImported={bands.retry} />}
          <section className="panel" aria-labelledby="bands-title">
            <h2 id="bands-title">The band table</h2>
            {data.bands.length === 0 ? <Empty>No bands yet{account.roles.includes('admin') ? ': import a CSV above.' : ': an administrator imports them.'}</Empty> : <BandsTable bands={data.bands} />}
          </section>
        </>
      )}
    </Async>
  );
}

function ImportForm({ onImported }: { onImported: () => void }) {
  const id = useId();
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState('');
  const { register, handleSubmit, setValue, formState, reset } = useForm<Form>({ resolver: zodResolver(schema), defaultValues: { csv: '', fileName: '' } });
  async function submit(v: Form) {
    setError('');
    setProblems([]);
    try {
      await api('POST /api/compensation/bands', { body: { csv: v.csv, ...(v.fileName ? { fileName: v.fileName } : {}) } });
      reset();
      onImported();
    } catch (e) {
      // The file's problems are listed one per line below the message.
      setError(e instanceof ApiError ? e.message : describeFailure(e));
      if (e instanceof ApiError) setProblems([...e.problems]);
    }
  }
  return (
    <form className="panel" aria-labelledby={`${id}-title`} onSubmit={handleSubmit(submit)} noValidate>
      <h2 id={`${id}-title`}>Import a band table</h2>
      <p className="muted">
        CSV with the header <code>level,track,currency,min,mid,max</code>, one band per line. The import replaces the whole table; a file with any problem changes nothing.
      </p>
      <div className="field">
        <label htmlFor={`${id}-file`}>CSV file</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            void file.text().then((text) => {
              setValue('csv', text, { shouldValidate: true });
              setValue('fileName', file.name);
            });
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-csv`}>Or paste it</label>
        <textarea id={`${id}-csv`} rows={6} {...register('csv')} aria-invalid={formState.errors.csv ? true : undefined} />
      </div>
      <p className="actions">
        <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
          Import
        </button>
      </p>
      <FormError message={formState.errors.csv?.message ?? error} />
      {problems.length > 0 && (
        <ul className="problems" aria-label="Problems in the file">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </form>
  );
}
