/**
 * What the evidence forms offer: the signals of the published rubric (the article's five only
 * while no rubric is published) and the evidence template chosen in first-run setup, whose
 * prompts help a person write an item that says what changed.
 */
import { api } from '../../api/client';
import { useApi } from '../../hooks/useApi';
import { signalNames } from './model';

export interface SignalChoice {
  id: string;
  name: string;
}

export interface TemplateChoice {
  name: string;
  prompts: readonly string[];
}

export interface EvidenceGuidance {
  /** Empty while the rubric loads. */
  signals: readonly SignalChoice[];
  /** Why the defaults are shown, when they are; null when the published rubric's signals are. */
  signalsNote: string | null;
  template: TemplateChoice | null;
  signalName: (id: string) => string;
}

export const defaultSignals: readonly SignalChoice[] = Object.entries(signalNames).map(([id, name]) => ({ id, name }));

export function useEvidenceGuidance(): EvidenceGuidance {
  const rubric = useApi('rubric', (signal) => api('GET /api/rubrics', { signal }));
  const setup = useApi('setup', (signal) => api('GET /api/setup', { signal }));
  let signals: readonly SignalChoice[] = [];
  let signalsNote: string | null = null;
  if (rubric.status === 'ok') signals = rubric.data.rubric.signals.map((s) => ({ id: s.id, name: s.name }));
  else if (rubric.status === 'error') {
    signals = defaultSignals;
    signalsNote = rubric.error.isNotFound ? 'No review signals are published yet: these are the default five.' : `The published review signals could not be loaded (${rubric.error.message}): these are the default five.`;
  }
  let template: TemplateChoice | null = null;
  if (setup.status === 'ok' && setup.data.evidenceTemplate) {
    const chosen = setup.data.evidenceTemplates.find((t) => t.id === setup.data.evidenceTemplate);
    if (chosen) template = { name: chosen.name, prompts: chosen.prompts };
  }
  const names = new Map([...defaultSignals, ...signals].map((s) => [s.id, s.name]));
  return { signals, signalsNote, template, signalName: (id) => names.get(id) ?? id };
}
