/**
 * First-run setup as a checklist derived from what is configured — never a separate "wizard
 * state" that could disagree with the configuration. A step is done when the thing it sets up
 * exists; the next step is the first one not done.
 */

export type SetupStepId = 'ladder' | 'signals' | 'evidence-template' | 'calibration-workshop';

export interface SetupFacts {
  ladder: { id: string; name: string; version: number } | null;
  rubric: { id: string; name: string; version: number; signals: number; published: boolean } | null;
  evidenceTemplate: string | null;
  workshop: { date: string; participants: number } | null;
}

export interface SetupStep {
  id: SetupStepId;
  title: string;
  done: boolean;
  summary: string;
}

export interface SetupStatus {
  steps: SetupStep[];
  next: SetupStepId | null;
  complete: boolean;
}

export function setupStatus(f: SetupFacts): SetupStatus {
  const rubricReady = f.rubric !== null && f.rubric.published && f.rubric.signals >= 3 && f.rubric.signals <= 5;
  const steps: SetupStep[] = [
    {
      id: 'ladder',
      title: 'Pick or import a career ladder',
      done: f.ladder !== null,
      summary: f.ladder ? `${f.ladder.name}, version ${f.ladder.version}, published` : 'No published ladder yet.',
    },
    {
      id: 'signals',
      title: 'Define 3–5 review signals with examples',
      done: rubricReady,
      summary: f.rubric ? `${f.rubric.name}, version ${f.rubric.version}: ${f.rubric.signals} signals${f.rubric.published ? ', published' : ', draft'}` : 'No review signals yet.',
    },
    {
      id: 'evidence-template',
      title: 'Choose the evidence template',
      done: f.evidenceTemplate !== null,
      summary: f.evidenceTemplate ? `Template: ${f.evidenceTemplate}` : 'No template chosen (outcome first is suggested).',
    },
    {
      id: 'calibration-workshop',
      title: 'Plan a calibration workshop',
      done: f.workshop !== null,
      summary: f.workshop ? `On ${f.workshop.date} with ${f.workshop.participants} raters` : 'Not planned yet.',
    },
  ];
  const next = steps.find((s) => !s.done)?.id ?? null;
  return { steps, next, complete: next === null };
}
