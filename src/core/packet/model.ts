/**
 * A review packet (spec/people.md): the period's evidence arranged by review signal, the team's
 * delivery and reliability figures beside it — as context, never as a score — and the written
 * reviews. The shapes here are structural, so the evidence, rating and review records of the
 * app layer fit them without conversion code in the core.
 */

export interface PacketPerson {
  id: string;
  name: string;
  team: string | null;
  teamName: string | null;
  level: string | null;
}

export interface PacketCycle {
  id: string;
  name: string;
  kind: string;
  /** The period the packet covers: [from, to) in epoch ms. */
  from: number;
  to: number;
  state: string;
}

export interface PacketSignal {
  id: string;
  name: string;
  definition: string;
}

/** One sentence of an outcome; its verdict decides its words and colour (null: no figures to judge). */
export interface PacketOutcomeLine {
  /** The figures (or why there are none), without the verdict. */
  text: string;
  verdict: 'improved' | 'worsened' | 'no clear change' | null;
  /** Why no verdict could be given; null when the interval decided. */
  reason: string | null;
  /** The figure chosen when the link was made; the others are secondary. */
  headline: boolean;
}

/** What changed in the system after the work, already written as sentences with n and interval. */
export interface PacketOutcome {
  subject: string;
  /** The moment compared around, epoch ms as stored. */
  at: number;
  lines: PacketOutcomeLine[];
  /** Caveats: shortened windows, failures not yet judged, several figures compared. */
  notes: string[];
}

/** A ladder dimension an item speaks to, by the name the ladder gives it (its id when no published ladder names it). */
export interface PacketDimension {
  id: string;
  name: string;
}

export interface PacketEvidence {
  id: string;
  title: string;
  /** Epoch ms. */
  date: number;
  kind: string;
  signals: string[];
  dimensions: PacketDimension[];
  links: { url: string; label?: string | undefined }[];
  /** Null: no outcome link — the item is labelled *activity*, never hidden. */
  outcome: PacketOutcome | null;
}

export interface PacketRating {
  signal: string;
  value: string;
  rationale: string;
  author: string;
  /** The evidence items the rating cites (ids of the person's living document, with their titles). */
  cites: { id: string; title: string }[];
  /** Free text beside the citations: context, never evidence. */
  context: string;
}

export interface PacketFeedback {
  /** Null when the feedback is anonymous by policy. */
  author: string | null;
  kind: string;
  text: string;
  signal?: string | null | undefined;
  at: number;
}

/** One figure of the team's context: a name, a value in words, and its n. */
export interface ContextFigure {
  label: string;
  value: string;
  n: number | null;
}

export interface TeamContext {
  team: string;
  teamName: string;
  from: number;
  to: number;
  delivery: ContextFigure[];
  /** Null until reliability figures exist for the team's services. */
  reliability: ContextFigure[] | null;
}

export interface PacketFlag {
  check: string;
  message: string;
}

export interface PacketInput {
  person: PacketPerson;
  cycle: PacketCycle;
  signals: PacketSignal[];
  evidence: PacketEvidence[];
  /** Null when the reader may not see ratings yet (before the cycle is shared, for the engineer). */
  ratings: PacketRating[] | null;
  selfReview: string | null;
  /** Null when not written yet, or when withheld from this reader (`managerReviewHidden`). */
  managerReview: string | null;
  /** True when the reader may not read the manager review yet: the engineer, before the cycle is shared. */
  managerReviewHidden: boolean;
  feedback: PacketFeedback[];
  context: TeamContext | null;
  flags: PacketFlag[];
  generatedAt: number;
}

export interface SignalSection {
  signal: PacketSignal;
  evidence: PacketEvidence[];
  ratings: PacketRating[];
  feedback: PacketFeedback[];
}

/** What the packet says in place of a manager review the reader may not read yet. */
export const hiddenManagerReview = 'The manager review is shared with you when the cycle is shared, with the ratings.';

export interface Packet extends Omit<PacketInput, 'evidence' | 'feedback'> {
  sections: SignalSection[];
  /** Evidence of the period that names no signal of the rubric. */
  unassigned: PacketEvidence[];
  /** Feedback that names no signal of the rubric. */
  generalFeedback: PacketFeedback[];
  counts: { evidence: number; withOutcome: number; activity: number };
}
