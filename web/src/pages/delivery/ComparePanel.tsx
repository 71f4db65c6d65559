/**
 * Before/after: pick the moment some work shipped and a window, and see each figure before → after
 * with n on each side, the 95% interval of the difference and the verdict in words. "No clear
 * change" means the interval includes zero (or there was not enough data to tell).
 */
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { Async } from '../../components/Async';
import { FormError } from '../../components/Fields';
import { formatDate } from '../../format';
import { useApi } from '../../hooks/useApi';
import { BeforeAfterTable } from './BeforeAfterTable';
import type { DeliveryComparison } from './metrics';

export interface CompareScope {
  kind: 'team' | 'service';
  id: string;
  name: string;
}

interface Request {
  scope: CompareScope;
  date: string;
  windowDays: number;
}

const windows = [30, 60, 90, 180];

export function ComparePanel({ scopes, env }: { scopes: CompareScope[]; env: string }) {
  const formId = useId();
  const [scopeKey, setScopeKey] = useState(() => key(scopes[0]));
  const [date, setDate] = useState('');
  const [windowDays, setWindowDays] = useState(90);
  const [request, setRequest] = useState<Request | null>(null);
  const [error, setError] = useState('');

  function submit(e: FormEvent) {
    e.preventDefault();
    const scope = scopes.find((s) => key(s) === scopeKey) ?? scopes[0];
    if (!scope) return;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setError('Pick the date the work shipped.');
      return;
    }
    setError('');
    setRequest({ scope, date, windowDays });
  }

  return (
    <section className="panel compare" aria-labelledby="compare-title">
      <h2 id="compare-title">Before and after</h2>
      <p className="hint">
        Did a change of process or tooling help? Pick when it shipped: each figure is compared over the same number of days before and after, with a
        95% interval of the difference. When the interval includes zero the verdict is “no clear change”.
      </p>
      <form className="filters" onSubmit={submit} aria-describedby={error ? `${formId}-error` : undefined} noValidate>
        {scopes.length > 1 && (
          <div className="field">
            <label htmlFor={`${formId}-scope`}>Compare</label>
            <select id={`${formId}-scope`} value={scopeKey} onChange={(e) => setScopeKey(e.target.value)}>
              {scopes.map((s) => (
                <option key={key(s)} value={key(s)}>
                  {s.kind === 'team' ? `${s.name} (whole team)` : s.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${formId}-date`}>Shipped on</label>
          <input id={`${formId}-date`} type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${formId}-window`}>Days each side</label>
          <select id={`${formId}-window`} value={windowDays} onChange={(e) => setWindowDays(Number(e.target.value))}>
            {windows.map((d) => (
              <option key={d} value={d}>
                {d} days
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-primary">
          Compare
        </button>
      </form>
      <FormError id={`${formId}-error`} message={error} />
      {request && <Result request={request} env={env} />}
    </section>
  );
}

const key = (s: CompareScope | undefined): string => (s ? `${s.kind}:${s.id}` : '');

function Result({ request, env }: { request: Request; env: string }) {
  const { scope, date, windowDays } = request;
  const query = { t: `${date}T00:00:00Z`, windowDays, env };
  const result = useApi(`${key(scope)}|${date}|${windowDays}|${env}`, (signal) =>
    scope.kind === 'team'
      ? api('GET /api/delivery/teams/{id}/compare', { params: { id: scope.id }, query, signal })
      : api('GET /api/delivery/services/{id}/compare', { params: { id: scope.id }, query, signal }),
  );
  return (
    <div aria-live="polite">
      <Async result={result} label="the comparison" notFound={scope.kind === 'team' ? 'This team' : 'This service'}>
        {(data) => <CompareTable data={data} date={date} />}
      </Async>
    </div>
  );
}

export function CompareTable({ data, date }: { data: DeliveryComparison; date: string }) {
  return <BeforeAfterTable caption={`${data.scope.name}: ${data.windowDays} days before and after ${formatDate(date)}`} metrics={data.metrics} />;
}
