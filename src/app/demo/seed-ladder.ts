/**
 * The demo's career ladder: Trellis's own default ladder (data/ladders/trellis, docs/ladders.md),
 * published as ladder `engineering`. Its levels carry the aliases L1–L6 and M1–M3, so the demo
 * people's levels land on it as they are; team managers (M1) sit beside Staff Engineer. The FT
 * ladder stays a bundled, attributed option in setup and `trellis ladder import`.
 */
import { operatorActor } from '../../core/access/actor.js';
import { dataAccess } from '../../store/data-access.js';
import { importLadder } from '../ladders/import-ladder.js';
import { readBundledLadder } from '../setup/bundled-ladders.js';
import type { DemoSeeder } from './create-demo-people.js';

export const demoLadderId = 'trellis-engineering';

export const seedDemoLadder: DemoSeeder = async (store, ctx) => {
  const bundled = (await readBundledLadder(demoLadderId))!;
  await importLadder({ data: dataAccess(store.db), runtime: ctx.runtime }, operatorActor, { text: bundled.text, fileName: 'engineering.yml', id: 'engineering' });
};
