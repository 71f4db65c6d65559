/**
 * Before/after: pick the moment some work shipped (a UTC date and time) and a window, and see each
 * figure before → after with n on each side, the 95% interval of the difference and the verdict
 * in words and colour. "No clear change" means the interval includes zero, or there was too little
 * data to tell (the table says which).
 *
 * An evidence item's outcome links here with `?compare=<ISO moment>&compareWindow=<days>&metric=…`:
 * the panel opens pre-filled with that exact moment and runs the same comparison, so the numbers
 * match the living document's and the packet's.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { Async } from '../../components/Async';
import { FormError } from '../../components/Fields';
import { useApi } from '../../hooks/useApi';
import { useLocation } from '../../router/location';
import { BeforeAfterTable } from './BeforeAfterTable';
import { metricKeys, type DeliveryComparison, type MetricKey } from './metrics';
import { formatMoment, momentFields, momentOf } from './moment';

export interface CompareScope {
  kind: 'team' | 'service';
  id: string;
  name: string;
}

interface Request {
  scope: CompareScope;
  /** ISO moment, exactly as sent. */
  at: string;
  windowDays: number;
}

const windows = [30, 60, 90, 180];

/** The comparison an outcome link asked for, when the URL carries a valid one. */
function linkedRequest(query: URLSearchParams): { at: string; windowDays: number; metric: MetricKey | null } | null {
  const at = query.get('compare');
  if (!at || Number.isNaN(Date.parse(at))) return null;
  const windowDays = Number(query.get('compareWindow'));
  const metric = query.get('metric');
  return {
    at,
    windowDays: Number.isInteger(windowDays) && windowDays >= 7 && windowDays <= 365 ? windowDays : 90,
    metric: (metricKeys as readonly string[]).includes(metric ?? '') ? (metric as MetricKey) : null,
  };
}

export function ComparePanel({ scopes, env }: { scopes: CompareScope[]; env: string }) {
  const formId = useId();
  const location = useLocation();
  const linked = linkedRequest(location.query);
  const [scopeKey, setScopeKey] = useState(() => key(scopes[0]));
  const [date, setDate] = useState(() => (linked ? momentFields(linked.at).date : ''));
  const [time, setTime] = useState(() => (linked ? momentFields(linked.at).time : '00:00'));
  const [windowDays, setWindowDays] = useState(() => linked?.windowDays ?? 90);
  const [request, setRequest] = useState<Request | null>(() => (linked && scopes[0] ? { scope: scopes[0], at: linked.at, windowDays: linked.windowDays } : null));
  const [error, setError] = useState('');
  const section = useRef<HTMLElement>(null);
  const chosen = linked?.metric ?? null;

  // Arriving from an evidence item: bring the pre-filled comparison into view.
  useEffect(() => {
    if (linked) section.current?.scrollIntoView({ block: 'start' });
    // Only on arrival: later edits of the form should not scroll.
  }, []);

  function submit(e: FormEvent) {
    e.preventDefault();
    const scope = scopes.find((s) => key(s) === scopeKey) ?? scopes[0];
    if (!scope) return;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setError('Pick the date the work shipped.');
      return;
    }
    if (time && !/^\d{2}:\d{2}$/.test(time)) {
      setError('The time is hours and minutes, e.g. 10:00 (UTC).');
      return;
    }
    setError('');
    setRequest({ scope, at: momentOf(date, time, linked?.at), windowDays });
  }

  return (
    <section className="panel compare" aria-labelledby="compare-title" ref={section}>
      <h2 id="compare-title">Before and after</h2>
      <p className="hint">
        Did a change of process or tooling help? Pick when it shipped: each figure is compared over the same number of days before and after, with a
        95% interval of the difference. When the interval includes zero, or there is too little data on a side, the verdict is “no clear change”.
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
          <label htmlFor={`${formId}-time`}>At (UTC)</label>
          <input id={`${formId}-time`} type="time" value={time} onChange={(e) => setTime(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${formId}-window`}>Days each side</label>
          <select id={`${formId}-window`} value={windowDays} onChange={(e) => setWindowDays(Number(e.target.value))}>
            {[...new Set([...windows, windowDays])]
              .sort((a, b) => a - b)
              .map((d) => (
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
      {request && <Result request={request} env={env} chosen={request.at === linked?.at ? chosen : null} />}
    </section>
  );
}

const key = (s: CompareScope | undefined): string => (s ? `${s.kind}:${s.id}` : '');

function Result({ request, env, chosen }: { request: Request; env: string; chosen: MetricKey | null }) {
  const { scope, at, windowDays } = request;
  const query = { t: at, windowDays, env };
  const result = useApi(`${key(scope)}|${at}|${windowDays}|${env}`, (signal) =>
    scope.kind === 'team'
      ? api('GET /api/delivery/teams/{id}/compare', { params: { id: scope.id }, query, signal })
      : api('GET /api/delivery/services/{id}/compare', { params: { id: scope.id }, query, signal }),
  );
  return (
    <div aria-live="polite">
      <Async result={result} label="the comparison" notFound={scope.kind === 'team' ? 'This team' : 'This service'}>
        {(data) => <CompareTable data={data} chosen={chosen} />}
      </Async>
    </div>
  );
}

export function CompareTable({ data, chosen = null }: { data: DeliveryComparison; chosen?: MetricKey | null }) {
  return (
    <>
      <BeforeAfterTable caption={`${data.scope.name}: ${data.windowDays} days before and after ${formatMoment(data.t)}`} metrics={data.metrics} chosen={chosen} />
      {chosen && <p className="hint">The figure marked “chosen” is the one the linked evidence item is judged by; the others are context.</p>}
      {data.notes.map((n) => (
        <p key={n} className="hint compare-note">
          {n}
        </p>
      ))}
    </>
  );
}
