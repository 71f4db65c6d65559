/**
 * The living document as callers see it: times as ISO text, each evidence item with its label
 * and its outcome (the before/after figures, or why there are none). The HTTP schemas mirror
 * these types.
 */
import type { ComparedMetric, MetricComparison } from '../../core/delivery/index.js';
import type { BurnAttribution } from '../../core/reliability/attribution.js';
import type { SloFigureComparison } from '../../core/reliability/compare-slo.js';
import type { SloOutcome } from '../reliability/slo-outcome.js';
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
 * What an outcome link shows. `figures`: the delivery before/after of a service or team, or an
 * SLO's burn and SLI before/after (`slo`). `no-figures`: the link is kept but Trellis has nothing
 * to compare — a value to show, not an error. `not-found`: the service, team or SLO no longer exists.
 */
export interface OutcomeView {
  link: OutcomeLinkView;
  status: 'figures' | 'no-figures' | 'not-found';
  message: string | null;
  scope: { kind: 'service' | 'team' | 'slo'; id: string; name: string } | null;
  /** The figure the outcome is judged by: the one chosen when the link was made. */
  headline: OutcomeMetric | null;
  metrics: Record<ComparedMetric, MetricComparison> | null;
  /** The comparison's window and caveats (the same as the delivery page's for this moment); null without figures. */
  comparison: ComparisonFacts | null;
  /** An SLO link's figures; null for service and team links. */
  slo: SloOutcomeView | null;
}

/** The incidents and deployments that overlap the burning minutes of one side, largest share first. */
export interface BurnAttributionView {
  burningMinutes: number;
  totalBurn: number;
  unattributedShare: number;
  events: { kind: 'incident' | 'deployment'; id: string; title: string | null; from: string; to: string; burn: number; share: number }[];
  /** Overlapping events beyond the ten shown. */
  moreEvents: number;
}

/** An SLO's budget burn rate (the figure the outcome is judged by) and SLI before and after, with attribution. */
export interface SloOutcomeView {
  slo: string;
  service: string;
  budgetingMethod: string;
  target: number;
  countedUnit: 'events' | 'slices';
  burnRate: SloFigureComparison;
  sli: SloFigureComparison;
  attribution: { before: BurnAttributionView; after: BurnAttributionView };
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

const SHOWN_EVENTS = 10;

function attributionView(a: BurnAttribution): BurnAttributionView {
  return {
    burningMinutes: a.burningMinutes,
    totalBurn: a.totalBurn,
    unattributedShare: a.unattributedShare,
    events: a.events.slice(0, SHOWN_EVENTS).map((e) => ({ kind: e.kind, id: e.id, title: e.title, from: iso(e.from), to: iso(e.to), burn: e.burn, share: e.share })),
    moreEvents: Math.max(0, a.events.length - SHOWN_EVENTS),
  };
}

export function sloOutcomeView(o: SloOutcome): SloOutcomeView {
  const c = o.comparison;
  return {
    slo: o.slo,
    service: o.service,
    budgetingMethod: o.budgetingMethod,
    target: o.target,
    countedUnit: c.countedUnit,
    burnRate: c.burnRate,
    sli: c.sli,
    attribution: { before: attributionView(o.attribution.before), after: attributionView(o.attribution.after) },
  };
}

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
