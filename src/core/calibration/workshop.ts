/**
 * Calibration workshops on sample packets (the article's rollout step 3): before a real cycle,
 * managers rate the same anonymised packets independently, per signal, with a rationale; then the
 * ratings are revealed together and the group discusses where and why it disagreed.
 *
 * The rule that makes the exercise worth doing: **nobody sees another rater's ratings until all
 * are in, or until the facilitator closes the round** (anchoring on the first rating seen is the
 * bias the workshop exists to expose). Pure: the caller passes the time.
 */
import type { Outcome } from '../review/outcome.js';

export interface WorkshopSignal {
  id: string;
  name: string;
}

export interface WorkshopRound {
  id: string;
  title: string;
  /** The signals and scale (lowest first) rated, copied from the rubric when the round was made. */
  signals: WorkshopSignal[];
  scale: string[];
  /** Person ids of the raters (managers). */
  raters: string[];
  createdAt: number;
  createdBy: string | null;
  /** Set when the facilitator closes the round before everyone has rated; ratings then show. */
  closedAt: number | null;
  closedBy: string | null;
}

export interface Removal {
  kind: 'person' | 'team' | 'service' | 'email' | 'link';
  text: string;
  count: number;
}

export interface SamplePacket {
  id: string;
  round: string;
  title: string;
  /** The packet text raters read (Markdown or plain text). */
  body: string;
  origin: 'scratch' | 'anonymised';
  /** What anonymisation took out, for the facilitator to check before the packet is used. */
  removed: Removal[];
  /** Raters see a packet only once the facilitator has approved it. */
  approvedAt: number | null;
}

export interface WorkshopRating {
  round: string;
  packet: string;
  rater: string;
  signal: string;
  value: string;
  rationale: string;
  at: number;
}

export const approved = (packets: readonly SamplePacket[]): SamplePacket[] => packets.filter((p) => p.approvedAt !== null);

export interface RaterProgress {
  rater: string;
  rated: number;
  expected: number;
}

/** How far each rater is: ratings given of (approved packets × signals). Counts only, no values. */
export function raterProgress(round: WorkshopRound, packets: readonly SamplePacket[], ratings: readonly WorkshopRating[]): RaterProgress[] {
  const usable = new Set(approved(packets).map((p) => p.id));
  const expected = usable.size * round.signals.length;
  return round.raters.map((rater) => ({ rater, rated: ratings.filter((r) => r.rater === rater && usable.has(r.packet)).length, expected }));
}

export type RevealState = 'rating' | 'all-in' | 'closed';

/** Whether ratings are visible to everyone in the round yet, and why. */
export function revealState(round: WorkshopRound, packets: readonly SamplePacket[], ratings: readonly WorkshopRating[]): RevealState {
  if (round.closedAt !== null) return 'closed';
  const progress = raterProgress(round, packets, ratings);
  const allIn = progress.length > 0 && progress[0]!.expected > 0 && progress.every((p) => p.rated >= p.expected);
  return allIn ? 'all-in' : 'rating';
}

export const isRevealed = (state: RevealState): boolean => state !== 'rating';

const refuse = (reason: string): Outcome<never> => ({ ok: false, reason });

export interface RoundInput {
  title: string;
  raters: string[];
  signals: WorkshopSignal[];
  scale: string[];
}

export function createRound(input: RoundInput, meta: { id: string; at: number; by: string | null }): Outcome<WorkshopRound> {
  const title = input.title.trim();
  if (title === '') return refuse('title: is required');
  if (title.length > 200) return refuse('title: must be at most 200 characters');
  const raters = [...new Set(input.raters)];
  if (raters.length !== input.raters.length) return refuse('raters: lists someone twice');
  if (raters.length < 2) return refuse('raters: a workshop needs at least two raters');
  if (input.signals.length === 0) return refuse('signals: publish the review signals first');
  if (input.scale.length < 2) return refuse('scale: needs at least two values');
  return { ok: true, value: { id: meta.id, title, signals: input.signals, scale: input.scale, raters, createdAt: meta.at, createdBy: meta.by, closedAt: null, closedBy: null } };
}

export function validatePacket(input: { title: string; body: string }): Outcome<{ title: string; body: string }> {
  const title = input.title.trim();
  const body = input.body.trim();
  if (title === '') return refuse('title: is required');
  if (title.length > 200) return refuse('title: must be at most 200 characters');
  if (body.length < 20) return refuse('body: a sample packet needs its text (at least 20 characters)');
  if (body.length > 50_000) return refuse('body: must be at most 50,000 characters');
  return { ok: true, value: { title, body } };
}

export interface RatingInput {
  packet: string;
  signal: string;
  value: string;
  rationale: string;
}

/** A rater's rating of one packet on one signal; refused once the ratings are revealed. */
export function rateSample(
  round: WorkshopRound,
  packets: readonly SamplePacket[],
  ratings: readonly WorkshopRating[],
  rater: string,
  input: RatingInput,
  at: number,
): Outcome<WorkshopRating> {
  if (!round.raters.includes(rater)) return refuse('Only the raters of this round rate its packets.');
  if (isRevealed(revealState(round, packets, ratings))) return refuse('The ratings of this round are revealed: they no longer change, so the discussion is about what was decided independently.');
  const packet = packets.find((p) => p.id === input.packet);
  if (!packet || packet.approvedAt === null) return refuse(`packet: "${input.packet}" is not a sample packet of this round`);
  if (!round.signals.some((s) => s.id === input.signal)) return refuse(`signal: "${input.signal}" is not a signal of this round`);
  if (!round.scale.includes(input.value)) return refuse(`value: "${input.value}" is not on the scale (${round.scale.join(', ')})`);
  const rationale = input.rationale.trim();
  if (rationale.length < 10) return refuse('rationale: say why, in a sentence (at least 10 characters)');
  if (rationale.length > 5000) return refuse('rationale: must be at most 5,000 characters');
  return { ok: true, value: { round: round.id, packet: packet.id, rater, signal: input.signal, value: input.value, rationale, at } };
}

/** Close a round early: the ratings given so far are revealed; nothing more is rated. */
export function closeRound(round: WorkshopRound, meta: { at: number; by: string | null }): Outcome<WorkshopRound> {
  if (round.closedAt !== null) return refuse('This round is already closed.');
  return { ok: true, value: { ...round, closedAt: meta.at, closedBy: meta.by } };
}
