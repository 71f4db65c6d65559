import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshStore, type TestStore } from '../../../test/dialects.js';
import { actorForAccount } from '../auth/actor-for-account.js';
import { readBoard } from '../calibration/calibration-board.js';
import { listRounds, readRound } from '../calibration/workshop-rounds.js';
import { createDemo } from '../create-demo.js';
import { createDemoAccounts } from '../create-demo-accounts.js';
import { manualRuntime } from '../runtime.js';
import { dataAccess } from '../../store/data-access.js';
import { seedDemoCalibration } from './seed-calibration.js';
import { seedDemoEvidence } from './seed-evidence.js';
import { annualCycleId, seedDemoReviews } from './seed-reviews.js';

/** The demo's finished workshop round and the annual review ready for calibration (SQLite: the generator is the slow part). */
describe('demo calibration', () => {
  const anchor = Date.UTC(2026, 10, 2);
  const runtime = manualRuntime(anchor);
  let store: TestStore;
  const as = async (email: string) => {
    const data = dataAccess(store.db);
    return actorForAccount(data.org, (await data.accounts.findByEmail(email))!);
  };

  beforeAll(async () => {
    store = await freshStore('sqlite');
    await createDemo(store, { seed: 42, scale: 'default', anchor, sliDays: 0 });
    await createDemoAccounts(store, runtime);
    for (const seed of [seedDemoEvidence, seedDemoReviews, seedDemoCalibration]) await seed(store, { anchor, runtime });
  }, 240_000);
  afterAll(async () => store?.dispose());

  it('has one finished workshop round: every rating in, revealed, agreement computable', async () => {
    const deps = { data: dataAccess(store.db), runtime };
    const [summary] = await listRounds(deps, await as('priya@lumen.example'));
    expect(summary?.state).toBe('all-in');
    expect(summary?.alpha?.n).toBe(45);
    const round = await readRound(deps, await as('sofia@lumen.example'), summary!.round.id);
    expect(round.results?.agreement.alpha.ordinal).toEqual(expect.any(Number));
    expect(round.results?.agreement.leniency.map((l) => l.rater).sort()).toEqual(['greg-hale', 'priya-raman', 'sofia-rossi']);
  });

  it('has the annual review ready for calibration: pre-ratings in, the session prepared, each manager seeing their own line', async () => {
    const deps = { data: dataAccess(store.db), runtime };
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
