/**
 * The living document as callers see it: times as ISO text, each evidence item with its label
 * and its outcome (the before/after figures, or why there are none). The HTTP schemas mirror
 * these types.
 */
import type { ComparedMetric, MetricComparison } from '../../core/delivery/index.js';
import { evidenceLabel, isoDayOf, type EvidenceItem, type EvidenceLabel, type Goal, type OutcomeLink, type OutcomeMetric, type OutcomeTarget } from '../../core/evidence/index.js';
import type { GrowthNote } from '../../store/growth-note-repository.js';

export interface OutcomeLinkView {
  target: OutcomeTarget;
  id: string;
  /** ISO time the work took effect, to the millisecond as stored. */
  at: string;
  windowDays: number;
  metric: OutcomeMetric | null;
}

/**
 * What an outcome link shows. `figures`: the delivery before/after of a service or team.
 * `no-figures`: the link is kept but Trellis has nothing to compare yet (SLOs, for now) — a
 * value to show, not an error. `not-found`: the service or team no longer exists.
 */
export interface OutcomeView {
  link: OutcomeLinkView;
  status: 'figures' | 'no-figures' | 'not-found';
  message: string | null;
  scope: { kind: 'service' | 'team'; id: string; name: string } | null;
  /** The figure the outcome is judged by: the one chosen when the link was made. */
  headline: OutcomeMetric | null;
  metrics: Record<ComparedMetric, MetricComparison> | null;
  /** The comparison's window and caveats (the same as the delivery page's for this moment); null without figures. */
  comparison: ComparisonFacts | null;
}

/** What every surface says beside the figures: days actually compared, where the data ends, what was left out. */
export interface ComparisonFacts {
  windowDays: number;
  requestedWindowDays: number;
  /** ISO time of the latest record, or null. */
  dataEnd: string | null;
  failureLagDays: number;
  notes: string[];
}

export interface EvidenceView {
  id: string;
  person: string;
  title: string;
  /** ISO day. */
  date: string;
  kind: EvidenceItem['kind'];
  signals: string[];
  dimensions: string[];
  links: EvidenceItem['links'];
  notes: string;
  label: EvidenceLabel;
  /** Null for activity (no outcome link). */
  outcome: OutcomeView | null;
  createdAt: string;
  updatedAt: string;
}

export interface GoalView {
  id: string;
  quarter: string;
  text: string;
  status: Goal['status'];
  createdAt: string;
  updatedAt: string;
}

export interface GrowthNoteView {
  id: string;
  author: { account: string | null; name: string };
  text: string;
  shared: boolean;
  createdAt: string;
  /** The review signal the note is about, or null. */
  signal: string | null;
}

const iso = (ms: number): string => new Date(ms).toISOString();

export function linkView(link: OutcomeLink): OutcomeLinkView {
  return { target: link.target, id: link.id, at: iso(link.at), windowDays: link.windowDays, metric: link.metric ?? null };
}

export function evidenceView(item: EvidenceItem, outcome: OutcomeView | null): EvidenceView {
  return {
    id: item.id,
    person: item.person,
    title: item.title,
    date: isoDayOf(item.date),
    kind: item.kind,
    signals: item.signals,
    dimensions: item.dimensions,
    links: item.links,
    notes: item.notes,
    label: evidenceLabel(item),
    outcome,
    createdAt: iso(item.createdAt),
    updatedAt: iso(item.updatedAt),
  };
}

export function goalView(g: Goal): GoalView {
  return { id: g.id, quarter: g.quarter, text: g.text, status: g.status, createdAt: iso(g.createdAt), updatedAt: iso(g.updatedAt) };
}

export function growthNoteView(n: GrowthNote): GrowthNoteView {
  return { id: n.id, author: { account: n.authorAccount, name: n.authorName ?? 'former account' }, text: n.text, shared: n.shared, createdAt: iso(n.createdAt), signal: n.signal };
}
