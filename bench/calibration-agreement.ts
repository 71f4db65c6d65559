/**
 * bench/calibration-agreement: the agreement report of a whole organisation's calibration —
 * 2,000 engineers × 5 signals, each rated by 3 managers (30,000 ratings, 10,000 units), on a 1–4
 * scale with realistic disagreement and one lenient rater — including a 1,000-resample bootstrap
 * interval, all four alpha metrics and every rater's leniency.
 * Target (issue): ≤ 1 s.
 *
 * Baseline, measured in the same run: the textbook way of bootstrapping alpha — each replicate
 * resamples units and rebuilds the coincidence matrix from the raw ratings of the drawn units
 * (pairs enumerated afresh every time). Both must give the same interval for the same seed; the
 * run fails if they do not.
 *
 *   npm run bench:calibration
 */
import { performance } from 'node:perf_hooks';
import { agreementReport } from '../src/core/calibration/agreement-report.js';
import { alphaFromCoincidences } from '../src/core/calibration/krippendorff.js';
import { valuesByUnit, type Rating } from '../src/core/calibration/ratings.js';
import { quantileSorted } from '../src/core/delivery/stats.js';
import { Rng } from '../src/core/demo/random.js';

const ENGINEERS = 2000;
const SIGNALS = 5;
const RATERS_PER_UNIT = 3;
const MANAGERS = 200;
const RESAMPLES = 1000;

function organisation(): Rating[] {
  const rng = new Rng(2026);
  const ratings: Rating[] = [];
  for (let e = 0; e < ENGINEERS; e++) {
    for (let s = 0; s < SIGNALS; s++) {
      const truth = 1 + Math.floor(rng.next() * 4);
      const first = Math.floor(rng.next() * MANAGERS);
      for (let k = 0; k < RATERS_PER_UNIT; k++) {
        const rater = (first + k * 7) % MANAGERS;
        const noise = rng.next() < 0.25 ? (rng.next() < 0.5 ? -1 : 1) : 0;
        const lenient = rater === 0 ? 1 : 0;
        ratings.push({ rater: `m${rater}`, unit: `e${e}/s${s}`, value: Math.min(4, Math.max(1, truth + noise + lenient)) });
      }
    }
  }
  return ratings;
}

/** The baseline: per replicate, enumerate the drawn units' pairs from the raw values again. */
function naiveBootstrap(ratings: readonly Rating[], seed: number, resamples: number): [number, number] {
  const units = [...valuesByUnit(ratings).values()].filter((v) => v.length >= 2);
  const values = [...new Set(ratings.map((r) => r.value))].sort((a, b) => a - b);
  const K = values.length;
  const rng = new Rng(seed);
  const alphas: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const o = new Float64Array(K * K);
    for (let i = 0; i < units.length; i++) {
      const unit = units[Math.floor(rng.next() * units.length)]!;
      const m = unit.length;
      for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) if (a !== b) o[values.indexOf(unit[a]!) * K + values.indexOf(unit[b]!)]! += 1 / (m - 1);
    }
    const { alpha } = alphaFromCoincidences('ordinal', values, o);
    if (alpha !== null) alphas.push(alpha);
  }
  alphas.sort((a, b) => a - b);
  return [quantileSorted(alphas, 0.025)!, quantileSorted(alphas, 0.975)!];
}

const ratings = organisation();
console.log(`calibration agreement: ${ENGINEERS} engineers × ${SIGNALS} signals × ${RATERS_PER_UNIT} raters = ${ratings.length} ratings, ${RESAMPLES} bootstrap resamples`);

const times: number[] = [];
let report = agreementReport(ratings, new Rng(1), { resamples: RESAMPLES });
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  report = agreementReport(ratings, new Rng(1), { resamples: RESAMPLES });
  times.push(performance.now() - t0);
}
const t1 = performance.now();
const [low, high] = naiveBootstrap(ratings, 1, RESAMPLES);
const baselineMs = performance.now() - t1;

const trellisMs = Math.min(...times);
const agree = Math.abs(low - report.interval!.low) < 1e-12 && Math.abs(high - report.interval!.high) < 1e-12;
console.log(`  alpha ordinal ${report.alpha.ordinal!.toFixed(4)} [${report.interval!.low.toFixed(4)}, ${report.interval!.high.toFixed(4)}], n ${report.n}; nominal ${report.alpha.nominal!.toFixed(4)}, interval ${report.alpha.interval!.toFixed(4)}, ratio ${report.alpha.ratio!.toFixed(4)}`);
console.log(`  lenient raters flagged: ${report.leniency.filter((l) => l.flagged).map((l) => `${l.rater} (${l.direction}, n ${l.n})`).join(', ') || 'none'}`);
console.log(`  Trellis, whole report (best of 3): ${trellisMs.toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms) — target ≤ 1000 ms: ${trellisMs <= 1000 ? 'met' : 'MISSED'}`);
console.log(`  baseline, bootstrap alone, pairs rebuilt per replicate: ${baselineMs.toFixed(0)} ms — Trellis is ${(baselineMs / trellisMs).toFixed(1)}× faster`);
console.log(`  same interval from both: ${agree ? 'yes' : 'NO'}`);
console.log(`  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; load ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')}`);
if (!agree) process.exitCode = 1;
