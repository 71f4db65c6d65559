/**
 * What kind of work an evidence item records (spec/people.md). Prevention and reliability are
 * first-class kinds on purpose: the incident that never happened must weigh as much as the one
 * that was worked, or the quiet engineer loses to the visible firefighter.
 */
export const evidenceKinds = ['shipped', 'incident-response', 'prevention', 'reliability', 'mentoring', 'glue-work', 'learning'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

/** Work whose effect is what did not happen: fewer incidents, quieter alerts, simpler releases. */
export const preventionKinds: readonly EvidenceKind[] = ['prevention', 'reliability'];

/** Visible firefighting. */
export const firefightingKinds: readonly EvidenceKind[] = ['incident-response'];

export const kindNames: Record<EvidenceKind, string> = {
  shipped: 'shipped',
  'incident-response': 'incident response',
  prevention: 'prevention',
  reliability: 'reliability',
  mentoring: 'mentoring',
  'glue-work': 'glue work',
  learning: 'learning',
};

export function isEvidenceKind(value: string): value is EvidenceKind {
  return (evidenceKinds as readonly string[]).includes(value);
}
