/**
 * Manager consistency (issue 16, part 4): per manager, a few figures that show where coaching
 * could help — how specific their written feedback is, whether their needs-support ratings came
 * as surprises, how their ratings spread beside the organisation's, how long a concern waited
 * before the engineer heard it, and whether 1:1s keep their cadence. Each figure carries its n.
 *
 * Shown to leaders as coaching prompts, listed by name: nothing here ranks managers, scores them
 * or compares them to each other beyond "beside the organisation". Pure: figures in, figures out.
 */
import { lintFeedback, type LintFinding } from '../feedback/index.js';
import { distributionOf, type Distribution } from './distribution.js';

/** 1:1 cadence of a manager's pairs, read through a seam (app/calibration/manager-consistency-sources.ts); not recorded for a manager without direct reports. */
export type OneOnOneCadence = { recorded: false } | { recorded: true; pairs: number; overdue: number };

export interface ManagerFacts {
  manager: string;
  name: string;
  /** Texts the manager wrote about people: growth notes, shared feedback, rating rationales. */
  texts: readonly string[];
  /** Values of the ratings the manager wrote in the cycle. */
  ratings: readonly string[];
  /** Of their needs-support ratings, how many the no-surprises check flagged. */
  needsSupport: number;
  surprises: number;
  /** Days from a concern first noted (an unshared note on a signal) to feedback shared on it, per concern. */
  concernToFeedbackDays: readonly number[];
  oneOnOnes: OneOnOneCadence;
}

export interface ManagerConsistency {
  manager: string;
  name: string;
  specificity: { findingsPer100Words: number | null; findings: number; words: number; n: number };
  surprises: { share: number | null; surprises: number; n: number };
  distribution: Distribution;
  /** Per scale value, the manager's share minus the organisation's. */
  differenceFromOrg: { value: string; difference: number | null }[];
  concernToFeedback: { medianDays: number | null; n: number };
  oneOnOnes: OneOnOneCadence;
  /** Questions for a coaching conversation, in plain words; empty when nothing stands out. */
  prompts: string[];
}

const words = (t: string): number => (t.trim() === '' ? 0 : t.trim().split(/\s+/u).length);

function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Findings per 100 words above this reads as vague feedback worth a conversation. */
export const vagueFindingsPer100Words = 3;
/** A share-of-ratings difference from the organisation this large is worth asking about. */
export const notableDifference = 0.25;
/** With fewer ratings than this, a distribution says little and prompts nothing. */
export const minRatingsForDistribution = 5;

export function managerConsistency(managers: readonly ManagerFacts[], scale: readonly string[], lint: (t: string) => LintFinding[] = lintFeedback): ManagerConsistency[] {
  const org = distributionOf(managers.flatMap((m) => m.ratings), scale);
  return [...managers]
    .sort((a, b) => a.name.localeCompare(b.name) || a.manager.localeCompare(b.manager))
    .map((m) => {
      const texts = m.texts.filter((t) => t.trim() !== '');
      const w = texts.reduce((s, t) => s + words(t), 0);
      const findings = texts.reduce((s, t) => s + lint(t).length, 0);
      const per100 = w === 0 ? null : (findings / w) * 100;
      const distribution = distributionOf(m.ratings, scale);
      const differenceFromOrg = distribution.counts.map((c, i) => ({ value: c.value, difference: c.share === null || org.counts[i]!.share === null ? null : c.share - org.counts[i]!.share! }));
      const share = m.needsSupport === 0 ? null : m.surprises / m.needsSupport;
      const medianDays = median(m.concernToFeedbackDays);
      const prompts: string[] = [];
      if (per100 !== null && per100 > vagueFindingsPer100Words) prompts.push(`Written feedback draws ${per100.toFixed(1)} lint findings per 100 words (n = ${texts.length} texts): which examples, dates or outcomes could each piece name?`);
      if (m.surprises > 0) prompts.push(`${m.surprises} of ${m.needsSupport} needs-support rating${m.needsSupport === 1 ? '' : 's'} came without earlier shared feedback on the signal: how can concerns reach the engineer sooner?`);
      if (distribution.n >= minRatingsForDistribution) {
        for (const d of differenceFromOrg) {
          if (d.difference !== null && Math.abs(d.difference) >= notableDifference) {
            prompts.push(`"${d.value}" is ${Math.round(Math.abs(d.difference) * 100)} points ${d.difference > 0 ? 'more' : 'less'} common than across the organisation (n = ${distribution.n}): what in the evidence explains it?`);
          }
        }
      }
      if (medianDays !== null && medianDays > 30) prompts.push(`A concern waited a median of ${Math.round(medianDays)} days before feedback was shared (n = ${m.concernToFeedbackDays.length}): could it be raised at the next 1:1?`);
      if (m.oneOnOnes.recorded && m.oneOnOnes.overdue > 0) prompts.push(`${m.oneOnOnes.overdue} of ${m.oneOnOnes.pairs} 1:1 pairs are overdue.`);
      return {
        manager: m.manager,
        name: m.name,
        specificity: { findingsPer100Words: per100, findings, words: w, n: texts.length },
        surprises: { share, surprises: m.surprises, n: m.needsSupport },
        distribution,
        differenceFromOrg,
        concernToFeedback: { medianDays, n: m.concernToFeedbackDays.length },
        oneOnOnes: m.oneOnOnes,
        prompts,
      };
    });
}

/** Days from each concern first noted to the first feedback shared on it after, where both exist. */
export function concernDelays(notes: readonly { person: string; signal: string | null; at: number }[], shared: readonly { person: string; signal: string | null; at: number }[]): number[] {
  const first = new Map<string, number>();
  for (const n of notes) {
    if (n.signal === null) continue;
    const key = `${n.person}\u0000${n.signal}`;
    if (!first.has(key) || n.at < first.get(key)!) first.set(key, n.at);
  }
  const out: number[] = [];
  for (const [key, at] of first) {
    const [person, signal] = key.split('\u0000');
    const next = shared.filter((s) => s.person === person && s.signal === signal && s.at >= at).map((s) => s.at).sort((a, b) => a - b)[0];
    if (next !== undefined) out.push((next - at) / 86_400_000);
  }
  return out.sort((a, b) => a - b);
}
