/**
 * `/setup` (administrators; calibrators for the ladder and signals): first-run setup as four
 * steps — ladder, review signals, evidence template, calibration workshop. Each step shows
 * whether it is done from what is configured, so the page is also where an admin checks the
 * configuration later. The server decides who may change what.
 */
import { NoSurpriseSetting } from './NoSurpriseSetting';
import { WritingBalanceSetting } from './WritingBalanceSetting';
import { useState } from 'react';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { ResponseOf } from '../../api/operations';
import { Async } from '../../components/Async';
import { PageHeader } from '../../components/PageHeader';
import { useApi } from '../../hooks/useApi';
import { Link } from '../../router/Link';
import { EvidenceTemplateStep } from './EvidenceTemplateStep';
import { WorkshopStep } from './WorkshopStep';

export type SetupView = ResponseOf<'GET /api/setup'>;
export type Save = (call: () => Promise<SetupView>) => Promise<void>;

export function SetupPage() {
  const [version, setVersion] = useState(0);
  const loaded = useApi(String(version), (signal) => api('GET /api/setup', { signal }));
  return (
    <>
      <PageHeader title="First-run setup" lead="Four steps leave a working configuration: a published ladder, review signals published before any cycle opens, one evidence template for everyone, and a calibration workshop on the calendar." />
      <Async result={loaded} label="the setup checklist">
        {(view) => <SetupSteps view={view} onSaved={() => setVersion((v) => v + 1)} />}
      </Async>
    </>
  );
}

function ReadOnly({ who }: { who: string }) {
  return <p className="hint">{who} make this step.</p>;
}

function SetupSteps({ view, onSaved }: { view: SetupView; onSaved: () => void }) {
  // The server says what this account may change (the one access policy); everyone may follow.
  const may = view.mayChange;
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const save: Save = async (call) => {
    setBusy(true);
    setError(null);
    try {
      await call();
      onSaved();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'CLIENT', String(e)));
    } finally {
      setBusy(false);
    }
  };
  const step = (id: SetupView['steps'][number]['id']) => view.steps.find((s) => s.id === id)!;
  return (
    <>
      <p className={view.complete ? 'notice' : 'lead'} role="status">
        {view.complete ? 'Setup is complete. Cycles can be opened with this configuration.' : `${view.steps.filter((s) => s.done).length} of ${view.steps.length} steps done.`}
      </p>
      {!may.settings && (
        <p className="notice">
          You can follow the setup here; administrators make the changes{may.ladder || may.signals ? ', except the ladder and review signals, which you may publish too' : ''}.
        </p>
      )}
      {error && (
        <div className="form-error" role="alert">
          {error.message}
          {error.problems.length > 0 && (
            <ul>
              {error.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <ol className="setup-steps">
        <StepPanel step={step('ladder')} current={view.next === 'ladder'}>
          {may.ladder ? (
            view.bundledLadders.map((l) => (
              <div key={l.id} className="actions">
                <button type="button" className="button button-quiet" disabled={busy} onClick={() => void save(() => api('POST /api/setup/ladder', { body: { ladder: l.id } }))}>
                  Use the {l.name}
                </button>
                <span className="hint">{l.description}</span>
              </div>
            ))
          ) : (
            <ReadOnly who="Calibrators and administrators" />
          )}
          <p className="hint">
            Or import your own (FT YAML, Monzo or jorgef Markdown, Postman Markdown, Trellis YAML) with <code>trellis ladder import FILE</code>; browse it on the <Link to="/ladder">ladder page</Link>.
          </p>
        </StepPanel>
        <StepPanel step={step('signals')} current={view.next === 'signals'}>
          {may.signals ? (
            <div className="actions">
              <button type="button" className="button button-quiet" disabled={busy} onClick={() => void save(() => api('POST /api/setup/signals'))}>
                Publish the five default signals
              </button>
              <span className="hint">Delivery impact, reliability impact, code quality, collaboration, growth at level — each with examples. Edit them on the <Link to="/rubric">rubric page</Link>.</span>
            </div>
          ) : (
            <ReadOnly who="Calibrators and administrators" />
          )}
        </StepPanel>
        <StepPanel step={step('evidence-template')} current={view.next === 'evidence-template'}>
          {may.settings ? <EvidenceTemplateStep view={view} busy={busy} save={save} /> : <ReadOnly who="Administrators" />}
        </StepPanel>
        <StepPanel step={step('calibration-workshop')} current={view.next === 'calibration-workshop'}>
          {may.settings ? <WorkshopStep view={view} busy={busy} save={save} /> : <ReadOnly who="Administrators" />}
        </StepPanel>
      </ol>
      <NoSurpriseSetting mayChange={may.settings} />
      <WritingBalanceSetting mayChange={may.settings} />
    </>
  );
}

function StepPanel({ step, current, children }: { step: SetupView['steps'][number]; current: boolean; children: React.ReactNode }) {
  return (
    <li className="panel setup-step" aria-current={current ? 'step' : undefined}>
      <h2>
        {step.title} <span className={step.done ? 'tag tag-done' : 'tag'}>{step.done ? 'done' : 'to do'}</span>
      </h2>
      <p className="muted">{step.summary}</p>
      {children}
    </li>
  );
}
