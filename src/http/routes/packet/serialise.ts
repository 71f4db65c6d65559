/** The packet's epoch-ms times as ISO text for the JSON answer. */
import type { Packet, PacketEvidence, PacketFeedback } from '../../../core/packet/index.js';

const iso = (ms: number): string => new Date(ms).toISOString();
const evidence = (e: PacketEvidence) => ({ ...e, date: iso(e.date), outcome: e.outcome && { ...e.outcome, at: iso(e.outcome.at) } });
const feedback = (f: PacketFeedback) => ({ ...f, at: iso(f.at) });

export function serialisePacket(p: Packet) {
  return {
    person: p.person,
    cycle: { ...p.cycle, from: iso(p.cycle.from), to: iso(p.cycle.to) },
    sections: p.sections.map((s) => ({ signal: s.signal, evidence: s.evidence.map(evidence), ratings: s.ratings, feedback: s.feedback.map(feedback) })),
    unassigned: p.unassigned.map(evidence),
    generalFeedback: p.generalFeedback.map(feedback),
    ratings: p.ratings,
    selfReview: p.selfReview,
    managerReview: p.managerReview,
    managerReviewHidden: p.managerReviewHidden,
    context: p.context && { ...p.context, from: iso(p.context.from), to: iso(p.context.to) },
    flags: p.flags,
    counts: p.counts,
    generatedAt: iso(p.generatedAt),
  };
}
