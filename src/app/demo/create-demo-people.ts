/**
 * The people side of the demo (spec/demo.md): a ladder from a real fixture, the article's rubric,
 * a cycle in progress and living documents with evidence. Each part is a seeder of its own;
 * they run in order (ladder → reviews → evidence), after the generated records and the demo
 * accounts exist, and only when the demo is created — never over a user's data.
 */
import type { Store } from '../../store/db.js';
import type { Runtime } from '../runtime.js';
import { seedDemoLadder } from './seed-ladder.js';
import { seedDemoReviews } from './seed-reviews.js';
import { seedDemoEvidence } from './seed-evidence.js';
import { seedDemoCompensation } from './seed-compensation.js';
import { seedDemoPromotion } from './seed-promotion.js';
import { seedDemoOneOnOnes } from './seed-one-on-ones.js';
import { seedDemoCalibration } from './seed-calibration.js';

export interface DemoPeopleContext {
  /** The demo's "today" (epoch ms, UTC midnight): seeded dates are relative to it, as the generated records are. */
  anchor: number;
  runtime: Runtime;
}

export type DemoSeeder = (store: Store, ctx: DemoPeopleContext) => Promise<void>;

/** In the order they run: later seeders may rely on what earlier ones wrote. */
// Evidence before reviews: the demo's ratings cite items of the living documents.
// Calibration after reviews: the workshop round and the annual review's pre-ratings and session.
const seeders: DemoSeeder[] = [seedDemoLadder, seedDemoEvidence, seedDemoReviews, seedDemoCompensation, seedDemoPromotion, seedDemoOneOnOnes, seedDemoCalibration];

export async function createDemoPeople(store: Store, ctx: DemoPeopleContext): Promise<void> {
  for (const seed of seeders) await seed(store, ctx);
}
