/**
 * A team's delivery against its own past: this period vs the period before it, of equal length.
 * The organisation page lists teams by name with these verdicts and never ranks them against each
 * other: teams differ in what they run, and comparing a team with itself is the fair question.
 *
 * Every verdict rests on a test, and on enough events each side — otherwise "not enough data":
 * - deployment frequency: the two counts over equal spans, an exact two-sided binomial test of
 *   "each deployment was as likely to fall in either period" (a Poisson rate comparison);
 * - change failure rate: the difference of two proportions with Newcombe's hybrid score interval
 *   (honest at 0 failures, unlike a Wald interval); a verdict when the 95% interval excludes 0;
 * - lead time: deployments, not changes, are the independent unit (changes shipped together share
 *   their wait), so each deployment's median lead time is one value, compared with a two-sided
 *   Mann–Whitney U test (normal approximation with tie correction).
 * A test that finds no clear difference at 95% says "steady". Pure: no clock, no I/O.
 */
import { median } from './stats.js';

export type OwnPastVerdict = 'improving' | 'steady' | 'worsening' | 'not enough data';

export interface OwnPastMetric {
  previous: number | null;
  current: number | null;
  /** Events each side the verdict rests on (deployments; for lead time, deployments with changes). */
  nPrevious: number;
  nCurrent: number;
  verdict: OwnPastVerdict;
  /** Why this verdict, in words (the test, or what is missing). */
  basis: string;
}

export interface OwnPast {
  deploymentFrequency: OwnPastMetric;
  changeFailureRate: OwnPastMetric;
  leadTime: OwnPastMetric;
}

/** The minimum events each side before any verdict: fewer make a test meaningless for a reader. */
export const OWN_PAST_MIN = { deployments: 10, cfrDeployments: 20, leadTimeDeployments: 10 } as const;

export interface PeriodFigures {
  /** Successful deployments in the period. */
  deployments: number;
  /** Failed deployments among them. */
  failed: number;
  /** Lead times of the changes shipped in the period, with the deployment that shipped each. */
  leadTimes: readonly { deployment: string; hours: number }[];
  /** Length of the period in days (equal for both periods). */
  days: number;
}

const ALPHA = 0.05;
const Z = 1.959963984540054;

export function ownPast(previous: PeriodFigures, current: PeriodFigures): OwnPast {
  return {
    deploymentFrequency: frequencyTrend(previous, current),
    changeFailureRate: failureRateTrend(previous, current),
    leadTime: leadTimeTrend(previous, current),
  };
}

function frequencyTrend(previous: PeriodFigures, current: PeriodFigures): OwnPastMetric {
  const perWeek = (p: PeriodFigures) => (p.days > 0 ? (p.deployments / p.days) * 7 : null);
  const base = { previous: perWeek(previous), current: perWeek(current), nPrevious: previous.deployments, nCurrent: current.deployments };
  const total = previous.deployments + current.deployments;
  if (total < 2 * OWN_PAST_MIN.deployments) {
    return { ...base, verdict: 'not enough data', basis: `fewer than ${2 * OWN_PAST_MIN.deployments} deployments over both periods` };
  }
  const p = binomialTwoSided(current.deployments, total);
  if (p >= ALPHA) return { ...base, verdict: 'steady', basis: `no clear difference (exact test, p = ${p.toFixed(2)})` };
  return { ...base, verdict: current.deployments > previous.deployments ? 'improving' : 'worsening', basis: `exact test, p = ${pText(p)}` };
}

function failureRateTrend(previous: PeriodFigures, current: PeriodFigures): OwnPastMetric {
  const rate = (p: PeriodFigures) => (p.deployments > 0 ? p.failed / p.deployments : null);
  const base = { previous: rate(previous), current: rate(current), nPrevious: previous.deployments, nCurrent: current.deployments };
  if (previous.deployments < OWN_PAST_MIN.cfrDeployments || current.deployments < OWN_PAST_MIN.cfrDeployments) {
    return { ...base, verdict: 'not enough data', basis: `fewer than ${OWN_PAST_MIN.cfrDeployments} deployments in a period` };
  }
  const [lo, hi] = newcombeDifference(current.failed, current.deployments, previous.failed, previous.deployments);
  const ci = `95% interval ${pp(lo)} to ${pp(hi)} points`;
  if (lo <= 0 && hi >= 0) return { ...base, verdict: 'steady', basis: `no clear difference (${ci})` };
  // Lower is better for a failure rate.
  return { ...base, verdict: hi < 0 ? 'improving' : 'worsening', basis: ci };
}

function leadTimeTrend(previous: PeriodFigures, current: PeriodFigures): OwnPastMetric {
  const prev = perDeploymentMedians(previous.leadTimes);
  const cur = perDeploymentMedians(current.leadTimes);
  const base = {
    previous: median(previous.leadTimes.map((l) => l.hours)),
    current: median(current.leadTimes.map((l) => l.hours)),
    nPrevious: prev.length,
    nCurrent: cur.length,
  };
  if (prev.length < OWN_PAST_MIN.leadTimeDeployments || cur.length < OWN_PAST_MIN.leadTimeDeployments) {
    return { ...base, verdict: 'not enough data', basis: `fewer than ${OWN_PAST_MIN.leadTimeDeployments} deployments with changes in a period` };
  }
  const { p, currentHigher } = mannWhitney(cur, prev);
  if (p >= ALPHA) return { ...base, verdict: 'steady', basis: `no clear difference (Mann–Whitney, p = ${p.toFixed(2)})` };
  // Lower is better for lead time.
  return { ...base, verdict: currentHigher ? 'worsening' : 'improving', basis: `Mann–Whitney over deployments, p = ${pText(p)}` };
}

const pp = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(Math.round(x * 1000) / 10)}`;
const pText = (p: number) => (p < 0.001 ? '< 0.001' : p.toFixed(3));

function perDeploymentMedians(leadTimes: readonly { deployment: string; hours: number }[]): number[] {
  const by = new Map<string, number[]>();
  for (const l of leadTimes) {
    const list = by.get(l.deployment);
    if (list) list.push(l.hours);
    else by.set(l.deployment, [l.hours]);
  }
  return [...by.values()].map((v) => median(v)!);
}

/** Two-sided exact binomial test of k successes in n trials at p = 1/2 (sum of outcomes no likelier than k). */
export function binomialTwoSided(k: number, n: number): number {
  if (n === 0) return 1;
  const logChoose = (m: number) => logFactorial(n) - logFactorial(m) - logFactorial(n - m);
  const logHalf = n * Math.log(0.5);
  const pk = Math.exp(logChoose(k) + logHalf);
  let p = 0;
  for (let m = 0; m <= n; m++) {
    const pm = Math.exp(logChoose(m) + logHalf);
    if (pm <= pk * (1 + 1e-9)) p += pm;
  }
  return Math.min(1, p);
}

const factorials: number[] = [0];
function logFactorial(n: number): number {
  for (let i = factorials.length; i <= n; i++) factorials[i] = factorials[i - 1]! + Math.log(i);
  return factorials[n]!;
}

/** Wilson score interval of x/n at 95%. */
export function wilson(x: number, n: number): [number, number] {
  const p = x / n;
  const denom = 1 + (Z * Z) / n;
  const centre = (p + (Z * Z) / (2 * n)) / denom;
  const half = (Z * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n))) / denom;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Newcombe's hybrid score interval (method 10) for p1 − p2 = x1/n1 − x2/n2, at 95%. */
export function newcombeDifference(x1: number, n1: number, x2: number, n2: number): [number, number] {
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const [l1, u1] = wilson(x1, n1);
  const [l2, u2] = wilson(x2, n2);
  const d = p1 - p2;
  return [d - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)];
}

/** Two-sided Mann–Whitney U test of a vs b, normal approximation with tie correction. */
export function mannWhitney(a: readonly number[], b: readonly number[]): { p: number; currentHigher: boolean } {
  const all = [...a.map((v) => ({ v, g: 0 })), ...b.map((v) => ({ v, g: 1 }))].sort((x, y) => x.v - y.v);
  const ranks = new Array<number>(all.length);
  let tieTerm = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j + 1 < all.length && all[j + 1]!.v === all[i]!.v) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[k] = rank;
    const t = j - i + 1;
    tieTerm += t ** 3 - t;
    i = j + 1;
  }
  const n1 = a.length;
  const n2 = b.length;
  const r1 = all.reduce((s, x, i) => (x.g === 0 ? s + ranks[i]! : s), 0);
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  const mu = (n1 * n2) / 2;
  const n = n1 + n2;
  const sigma = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
  if (sigma === 0) return { p: 1, currentHigher: false };
  const z = (Math.abs(u1 - mu) - 0.5) / sigma;
  return { p: Math.min(1, 2 * (1 - normalCdf(Math.max(0, z)))), currentHigher: u1 > mu };
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 via erf; error < 1.5e-7). */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}
