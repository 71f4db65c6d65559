/**
 * An evidence item of a living document (spec/people.md): what the person did, when, which
 * review signals and ladder dimensions it speaks to, links to the artefacts, and — where it can —
 * an outcome link to what changed in the system afterwards. Times are epoch ms (UTC).
 */
import type { EvidenceKind } from './kinds.js';

/** What an outcome link points at. Delivery figures exist for services and teams; SLOs for reliability. */
export const outcomeTargets = ['service', 'team', 'slo'] as const;
export type OutcomeTarget = (typeof outcomeTargets)[number];

/** The delivery metric an outcome link is judged by, chosen when the link is made. */
export const outcomeMetrics = ['changeFailureRate', 'recoveryTime', 'leadTime', 'deploymentFrequency', 'reworkRate'] as const;
export type OutcomeMetric = (typeof outcomeMetrics)[number];

export const DEFAULT_OUTCOME_WINDOW_DAYS = 90;
/** Stored when a delivery link is made without naming its figure: fixed, so the result never picks it. */
export const DEFAULT_OUTCOME_METRIC: OutcomeMetric = 'changeFailureRate';

export interface OutcomeLink {
  target: OutcomeTarget;
  /** Service, team or SLO id. */
  id: string;
  /** When the work took effect (epoch ms, kept to the millisecond: every surface compares around this exact moment). */
  at: number;
  windowDays: number;
  /** The figure the outcome is judged by (delivery links); absent for SLO links. */
  metric?: OutcomeMetric;
}

export interface EvidenceLink {
  url: string;
  label: string;
}

/** The fields a person writes; the store adds id, person and times. */
export interface EvidenceDraft {
  title: string;
  /** Epoch ms (UTC midnight when given as a day). */
  date: number;
  kind: EvidenceKind;
  signals: string[];
  dimensions: string[];
  links: EvidenceLink[];
  /** Free text: what happened, in the person's words. */
  notes: string;
  outcome: OutcomeLink | null;
}

export interface EvidenceItem extends EvidenceDraft {
  id: string;
  person: string;
  createdAt: number;
  updatedAt: number;
  /** The account that wrote it; null for seeded or imported items. */
  createdBy: string | null;
}
