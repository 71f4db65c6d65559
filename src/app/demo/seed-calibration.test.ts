import { describe, expect, it } from 'vitest';
import { useSeededDemo } from '../../../test/seeded-demo.js';
import { readBoard } from '../calibration/calibration-board.js';
import { listRounds, readRound } from '../calibration/workshop-rounds.js';
import { seedDemoCalibration } from './seed-calibration.js';
import { seedDemoEvidence } from './seed-evidence.js';
import { annualCycleId, seedDemoReviews } from './seed-reviews.js';

/** The demo's finished workshop round and the annual review ready for calibration (SQLite: the generator is the slow part). */
describe('demo calibration', () => {
  const { runtime, data, as } = useSeededDemo([seedDemoEvidence, seedDemoReviews, seedDemoCalibration]);

  it('has one finished workshop round: every rating in, revealed, agreement computable', async () => {
    const deps = { data: data(), runtime };
    const [summary] = await listRounds(deps, await as('priya@lumen.example'));
    expect(summary?.state).toBe('all-in');
    expect(summary?.alpha?.n).toBe(45);
    const round = await readRound(deps, await as('sofia@lumen.example'), summary!.round.id);
    expect(round.results?.agreement.alpha.ordinal).toEqual(expect.any(Number));
    expect(round.results?.agreement.leniency.map((l) => l.rater).sort()).toEqual(['greg-hale', 'priya-raman', 'sofia-rossi']);
  });

  it('has the annual review ready for calibration: pre-ratings in, the session prepared, each manager seeing their own line', async () => {
    const deps = { data: data(), runtime };
    const asPriya = await readBoard(deps, await as('priya@lumen.example'), annualCycleId);
    expect(asPriya.session?.state).toBe('pre-rating');
    expect(asPriya.cycle.state).toBe('writing');
    expect(asPriya.people.length).toBeGreaterThanOrEqual(5);
    expect(asPriya.people.flatMap((p) => p.ratings).some((r) => r.prompt?.kind === 'low-rating-praise-only')).toBe(true);
    const asSofia = await readBoard(deps, await as('sofia@lumen.example'), annualCycleId);
    expect(asSofia.people.map((p) => p.id)).toEqual(['amara-okafor']);
    expect(asSofia.hidden).toBeGreaterThan(0);
  });
});
