/**
 * What a revealed workshop round shows: agreement (Krippendorff's alpha on the ordinal scale,
 * with its bootstrap interval and n), alpha per signal, the packets with the widest disagreement
 * first, and each rater's leniency — the material for the discussion, never a verdict on anyone.
 */
import type { Rng } from '../demo/random.js';
import { agreementBySignal, agreementReport, type AgreementReport } from './agreement-report.js';
import type { Rating } from './ratings.js';
import { approved, type SamplePacket, type WorkshopRating, type WorkshopRound } from './workshop.js';

export interface PacketSpread {
  packet: string;
  title: string;
  /** Mean over signals of (highest − lowest scale step given); 0 = everyone agreed. */
  spread: number;
  /** Per signal, each rater's value. */
  bySignal: { signal: string; values: { rater: string; value: string }[]; range: number }[];
}

export interface WorkshopResults {
  agreement: AgreementReport;
  bySignal: { signal: string; alpha: number | null; n: number; units: number }[];
  packets: PacketSpread[];
}

/** Ratings on the scale as ordinal steps 1…k, one unit per packet × signal. */
export function workshopRatings(round: WorkshopRound, ratings: readonly WorkshopRating[]): (Rating & { signal: string })[] {
  return ratings.map((r) => ({ rater: r.rater, unit: `${r.packet}/${r.signal}`, value: round.scale.indexOf(r.value) + 1, signal: r.signal }));
}

export function workshopResults(round: WorkshopRound, packets: readonly SamplePacket[], ratings: readonly WorkshopRating[], rng: Rng): WorkshopResults {
  const usable = approved(packets);
  const ids = new Set(usable.map((p) => p.id));
  const kept = ratings.filter((r) => ids.has(r.packet));
  const ordinal = workshopRatings(round, kept);
  const step = (v: string) => round.scale.indexOf(v);
  const spreads: PacketSpread[] = usable.map((p) => {
    const bySignal = round.signals.map((s) => {
      const values = kept.filter((r) => r.packet === p.id && r.signal === s.id).map((r) => ({ rater: r.rater, value: r.value }));
      const steps = values.map((v) => step(v.value));
      return { signal: s.id, values, range: steps.length < 2 ? 0 : Math.max(...steps) - Math.min(...steps) };
    });
    const spread = bySignal.length === 0 ? 0 : bySignal.reduce((a, b) => a + b.range, 0) / bySignal.length;
    return { packet: p.id, title: p.title, spread, bySignal };
  });
  spreads.sort((a, b) => b.spread - a.spread || (a.title < b.title ? -1 : 1));
  return {
    agreement: agreementReport(ordinal, rng, { minShared: 5 }),
    bySignal: agreementBySignal(ordinal),
    packets: spreads,
  };
}
