/**
 * Arranging a packet: keep the period's evidence, sort it by date, and file each item under every
 * signal it speaks to — so a reader sees, signal by signal, what the rating rests on. Items that
 * name no signal of the rubric stay visible in their own section rather than vanishing.
 */
import type { Packet, PacketEvidence, PacketFeedback, PacketInput, SignalSection } from './model.js';

const byDate = <T extends { date: number; id: string }>(a: T, b: T): number => a.date - b.date || a.id.localeCompare(b.id);

export function arrangePacket(input: PacketInput): Packet {
  const { from, to } = input.cycle;
  const inPeriod = input.evidence.filter((e) => e.date >= from && e.date < to).sort(byDate);
  const known = new Set(input.signals.map((s) => s.id));
  const sections: SignalSection[] = input.signals.map((signal) => ({
    signal,
    evidence: inPeriod.filter((e) => e.signals.includes(signal.id)),
    ratings: (input.ratings ?? []).filter((r) => r.signal === signal.id),
    feedback: sortFeedback(input.feedback.filter((f) => f.signal === signal.id)),
  }));
  const unassigned: PacketEvidence[] = inPeriod.filter((e) => !e.signals.some((s) => known.has(s)));
  const generalFeedback = sortFeedback(input.feedback.filter((f) => f.signal == null || !known.has(f.signal)));
  const withOutcome = inPeriod.filter((e) => e.outcome !== null).length;
  const { evidence: _evidence, feedback: _feedback, ...rest } = input;
  return { ...rest, sections, unassigned, generalFeedback, counts: { evidence: inPeriod.length, withOutcome, activity: inPeriod.length - withOutcome } };
}

function sortFeedback(items: PacketFeedback[]): PacketFeedback[] {
  return [...items].sort((a, b) => a.at - b.at);
}
